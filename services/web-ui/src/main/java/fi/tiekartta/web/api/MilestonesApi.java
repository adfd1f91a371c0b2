package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;

/** The API of milestone-service (/api/milestones/…). */
public class MilestonesApi extends ServiceApi {

    /** A milestone's path. */
    public static final String MILESTONE = "/api/milestones/{id}";

    MilestonesApi(RestClient client) {
        super(client);
    }

    // --- work pages: administration ---

    public Versioned milestone(String milestoneId) {
        return getVersioned(MILESTONE, milestoneId);
    }

    /** Replaces the milestone (forecast change): the whole milestone as the API takes it. */
    public Versioned reviseMilestone(String milestoneId, Object body, String ifMatch) {
        return put(MILESTONE, body, ifMatch, milestoneId);
    }

    public Versioned recordAchievement(String milestoneId, Object body, String ifMatch) {
        return post(MILESTONE + "/achievement", body, ifMatch, milestoneId);
    }
}
