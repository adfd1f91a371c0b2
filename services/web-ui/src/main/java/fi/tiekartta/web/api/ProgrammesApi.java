package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;

/** The API of programme-service (/api/programmes/…). */
public class ProgrammesApi extends ServiceApi {

    ProgrammesApi(RestClient client) {
        super(client);
    }
}
