package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;

/** The API of workpackage-service: work packages, measures, delivery confidence (/api/work-packages/…). */
public class WorkPackagesApi extends ServiceApi {

    /** A work package's path. */
    public static final String WORK_PACKAGE = "/api/work-packages/{id}";

    WorkPackagesApi(RestClient client) {
        super(client);
    }

    // --- work pages: administration ---

    public Versioned workPackage(String workPackageId) {
        return getVersioned(WORK_PACKAGE, workPackageId);
    }

    public Versioned recordConfidence(String workPackageId, Object body, String ifMatch) {
        return post(WORK_PACKAGE + "/confidence", body, ifMatch, workPackageId);
    }
}
