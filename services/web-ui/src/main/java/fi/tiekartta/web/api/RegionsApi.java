package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** The API of region-service: reporting rounds, regional reports and their workflow (/api/regions/…, /api/reporting-rounds/…). */
public class RegionsApi extends ServiceApi {

    /** A report's path: region code, report id. */
    public static final String REPORT = "/api/regions/{code}/reports/{id}";

    RegionsApi(RestClient client) {
        super(client);
    }

    // --- work pages: reporting and verification ---

    /** The rounds a region is asked to report in, by deadline (oldest first). */
    public Map<String, Object> roundsOfRegion(String regionCode) {
        return getModel("/api/reporting-rounds?region={region}&size=200", regionCode);
    }

    /** Every round, by deadline (oldest first). */
    public Map<String, Object> rounds() {
        return getModel("/api/reporting-rounds?size=200");
    }

    public Map<String, Object> round(String roundId) {
        return getModel("/api/reporting-rounds/{id}", roundId);
    }

    /** A round's matrix (current view), narrowed to one region when {@code regionCode} is given. */
    public Map<String, Object> matrix(String roundId, String regionCode) {
        return regionCode == null
                ? getModel("/api/reporting-rounds/{id}/reports", roundId)
                : getModel("/api/reporting-rounds/{id}/reports?region={region}", roundId, regionCode);
    }

    /** A region's report of one cell (round, measure): the page of at most one. */
    public Map<String, Object> reportsOfCell(String regionCode, String roundId, String measureId) {
        return getModel("/api/regions/{code}/reports?roundId={round}&measureId={measure}", regionCode, roundId, measureId);
    }

    /** One report with its version. */
    public Versioned report(String regionCode, String reportId) {
        return getVersioned(REPORT, regionCode, reportId);
    }

    public Versioned draftReport(String regionCode, Object body) {
        return post("/api/regions/{code}/reports", body, null, regionCode);
    }

    public Versioned editReport(String regionCode, String reportId, Object body, String ifMatch) {
        return put(REPORT, body, ifMatch, regionCode, reportId);
    }

    public Versioned submitReport(String regionCode, String reportId, String ifMatch) {
        return post(REPORT + "/submission", null, ifMatch, regionCode, reportId);
    }

    public Versioned verifyReport(String regionCode, String reportId, Object body, String ifMatch) {
        return post(REPORT + "/verification", body, ifMatch, regionCode, reportId);
    }

    public Versioned returnReport(String regionCode, String reportId, Object body, String ifMatch) {
        return post(REPORT + "/return", body, ifMatch, regionCode, reportId);
    }

    public Versioned correctReport(String regionCode, String reportId, Object body, String ifMatch) {
        return post(REPORT + "/corrections", body, ifMatch, regionCode, reportId);
    }

    /** A report's revisions (for what changed meanwhile). */
    public JsonNode reportHistory(String regionCode, String reportId) {
        return get(REPORT + "/history", regionCode, reportId);
    }
}
