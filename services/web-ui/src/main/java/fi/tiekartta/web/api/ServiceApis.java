package fi.tiekartta.web.api;

import fi.tiekartta.web.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
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

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

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

    /**
     * Two clients: the inbox and preferences pages wait like any page; the header's unread count waits at most
     * {@code tiekartta.notifications.unread-count.timeout} (connect and read each), since every page asks for it.
     */
    @Bean
    NotificationsApi notificationsApi(RestClient.Builder builder, ServiceEndpoints endpoints,
            @Value("${tiekartta.notifications.unread-count.timeout:500ms}") Duration unreadCountTimeout) {
        return new NotificationsApi(client(builder, endpoints.notifications()),
                client(builder, endpoints.notifications(), unreadCountTimeout, unreadCountTimeout));
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl) {
        return client(builder, baseUrl, CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl, Duration connectTimeout, Duration readTimeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(connectTimeout);
        requests.setReadTimeout(readTimeout);
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
