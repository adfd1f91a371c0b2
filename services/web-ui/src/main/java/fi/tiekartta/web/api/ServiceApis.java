package fi.tiekartta.web.api;

import fi.tiekartta.web.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.time.Duration;

/**
 * One {@link RestClient} per service, each forwarding the signed-in user's access token and turning an error
 * answer (RFC 9457 problem+json) into an {@link ApiProblem} that the pages show next to the fields it concerns.
 */
@Configuration
public class ServiceApis {

    @Bean
    ProgressApi progressApi(RestClient.Builder builder, ServiceEndpoints endpoints) {
        return new ProgressApi(client(builder, endpoints.progress()));
    }

    @Bean
    RegionsApi regionsApi(RestClient.Builder builder, ServiceEndpoints endpoints) {
        return new RegionsApi(client(builder, endpoints.regions()));
    }

    @Bean
    MilestonesApi milestonesApi(RestClient.Builder builder, ServiceEndpoints endpoints) {
        return new MilestonesApi(client(builder, endpoints.milestones()));
    }

    @Bean
    WorkPackagesApi workPackagesApi(RestClient.Builder builder, ServiceEndpoints endpoints) {
        return new WorkPackagesApi(client(builder, endpoints.workPackages()));
    }

    @Bean
    ProgrammesApi programmesApi(RestClient.Builder builder, ServiceEndpoints endpoints) {
        return new ProgrammesApi(client(builder, endpoints.programmes()));
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(20));
        return builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .requestInterceptor(forwardTheUsersToken())
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw ApiProblem.from(response);
                })
                .build();
    }

    private static ClientHttpRequestInterceptor forwardTheUsersToken() {
        return (request, body, execution) -> {
            CurrentUser.accessToken().ifPresent(token -> request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + token));
            return execution.execute(request, body);
        };
    }
}
