package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;

/** The API of region-service: reporting rounds, regional reports and their workflow (/api/regions/…, /api/reporting-rounds/…). */
public class RegionsApi extends ServiceApi {

    RegionsApi(RestClient client) {
        super(client);
    }
}
