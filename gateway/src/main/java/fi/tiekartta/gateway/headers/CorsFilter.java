package fi.tiekartta.gateway.headers;

import fi.tiekartta.gateway.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS before authentication (a browser's preflight carries no token). With no allowed origins configured every
 * preflight is refused with 403 problem+json and no answer carries {@code Access-Control-Allow-*} headers, so a
 * page on another origin can neither send a non-simple request nor read an answer. With origins configured,
 * Spring's {@link CorsWebFilter} answers preflights and adds the headers for those origins (and refuses others).
 */
public final class CorsFilter implements WebFilter, Ordered {

    private final WebFilter configured;

    public CorsFilter(CorsProperties cors) {
        if (cors.allowedOrigins().isEmpty()) {
            configured = null;
            return;
        }
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(cors.allowedMethods());
        configuration.setAllowedHeaders(cors.allowedHeaders());
        configuration.addExposedHeader("X-Request-Id");
        configuration.addExposedHeader("Retry-After");
        configuration.addExposedHeader("Location");
        configuration.setMaxAge(cors.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        configured = new CorsWebFilter(source);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (configured != null) {
            return configured.filter(exchange, chain);
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return Problems.write(exchange, HttpStatus.FORBIDDEN, "Cross-origin requests are not allowed.");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 3;
    }
}
