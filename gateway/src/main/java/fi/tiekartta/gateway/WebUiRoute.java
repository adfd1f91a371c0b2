package fi.tiekartta.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web UI's route: the catch-all, tried after every route in application.yml. Everything that is not an API
 * path, API documentation, the actuator or one of the gateway's own login and logout endpoints goes to web-ui
 * ({@code WEB_UI_URL}), with the logged-in user's access token ({@code TokenRelay}). The gateway's own
 * {@code /events/**} (the public event contract, package eventcontract) is not the UI's either. Unknown {@code /api/**} paths
 * stay 404 at the gateway rather than becoming web pages. A web UI that is down answers 503 problem+json. Declared here rather than in YAML because a YAML route
 * cannot negate a predicate.
 */
@Configuration(proxyBeanMethods = false)
class WebUiRoute {

    static final String[] NOT_THE_UI = {"/api/**", "/v3/**", "/actuator/**", "/swagger-ui*", "/swagger-ui/**",
            "/webjars/**", "/oauth2/**", "/login/**", "/logout", "/events", "/events/**"};

    @Bean
    RouteLocator webUiRoutes(RouteLocatorBuilder routes, @Value("${WEB_UI_URL:http://localhost:8086}") String webUi) {
        return routes.routes()
                .route("web-ui", route -> route.order(Ordered.LOWEST_PRECEDENCE)
                        .not(path -> path.path(NOT_THE_UI))
                        // the same per-client rate limit as the APIs (assets count too: the default burst covers them)
                        .filters(filters -> filters.tokenRelay().requestRateLimiter(limit -> { }))
                        // a page is put together from several services' answers (each with its own 10 s)
                        .metadata("response-timeout", 30_000)
                        .metadata("service", "web-ui")
                        .uri(webUi))
                .build();
    }
}
