package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;

/** The API of milestone-service (/api/milestones/…). */
public class MilestonesApi extends ServiceApi {

    MilestonesApi(RestClient client) {
        super(client);
    }
}
