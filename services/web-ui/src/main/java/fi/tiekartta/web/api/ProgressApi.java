package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;

import java.util.Map;
import java.util.Optional;

/** The API of progress-service: the read model's views (/api/progress/…). */
public class ProgressApi extends ServiceApi {

    ProgressApi(RestClient client) {
        super(client);
    }

    /** Every programme's header (code, names, status), sorted by code: the programme picker. */
    public Map<String, Object> programmes() {
        return getModel(uri -> uri.path("/api/progress/programmes").queryParam("size", 200).build());
    }

    /** The national roadmap of a programme, as of a day ({@code asOf} null: today). */
    public Map<String, Object> roadmap(String programmeCode, String asOf) {
        return getModel(uri -> uri.path("/api/progress/programmes/{code}/roadmap")
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf)).build(programmeCode));
    }

    /** One work package: measures, milestones, confidence history, region × measure implementation. */
    public Map<String, Object> workPackage(String programmeCode, String workPackageCode, String asOf) {
        return getModel(uri -> uri.path("/api/progress/work-packages/{programme}/{code}")
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf)).build(programmeCode, workPackageCode));
    }

    /**
     * The regional matrix: {@code roundId} null for the current state (then {@code asOf} may be given), else that
     * round {@code view} "deadline" or "corrected".
     */
    public Map<String, Object> regionalMatrix(String programmeCode, String roundId, String view, String asOf) {
        return getModel(uri -> uri.path("/api/progress/regional-matrix")
                .queryParam("programme", programmeCode)
                .queryParamIfPresent("round", Optional.ofNullable(roundId))
                .queryParamIfPresent("view", Optional.ofNullable(roundId == null ? null : view))
                .queryParamIfPresent("asOf", Optional.ofNullable(roundId == null ? asOf : null)).build());
    }

    /** One organiser: its reports by round, trends, what it owes and what was returned to it. */
    public Map<String, Object> region(String regionCode, String asOf) {
        return getModel(uri -> uri.path("/api/progress/regions/{code}")
                .queryParamIfPresent("asOf", Optional.ofNullable(asOf)).build(regionCode));
    }

    /** What needs attention now ({@code programmeCode} null: every programme). */
    public Map<String, Object> attention(String programmeCode, Integer withinDays) {
        return getModel(uri -> uri.path("/api/progress/attention")
                .queryParamIfPresent("programme", Optional.ofNullable(programmeCode))
                .queryParamIfPresent("withinDays", Optional.ofNullable(withinDays)).build());
    }

    /** The recent-changes feed, newest first, filtered by what is given. */
    public Map<String, Object> changes(String programmeCode, String regionCode, String kind, int page, int size) {
        return getModel(uri -> uri.path("/api/progress/changes")
                .queryParamIfPresent("programme", Optional.ofNullable(programmeCode))
                .queryParamIfPresent("region", Optional.ofNullable(regionCode))
                .queryParamIfPresent("kind", Optional.ofNullable(kind))
                .queryParam("page", page).queryParam("size", size).build());
    }
}
