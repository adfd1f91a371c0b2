package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;

/** The API of workpackage-service: work packages, measures, delivery confidence (/api/work-packages/…). */
public class WorkPackagesApi extends ServiceApi {

    WorkPackagesApi(RestClient client) {
        super(client);
    }
}
