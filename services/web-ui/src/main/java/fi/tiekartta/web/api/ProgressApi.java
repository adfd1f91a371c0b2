package fi.tiekartta.web.api;

import org.springframework.web.client.RestClient;

/** The API of progress-service: the read model's views (/api/progress/…). */
public class ProgressApi extends ServiceApi {

    ProgressApi(RestClient client) {
        super(client);
    }
}
