package fi.tiekartta.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;

/**
 * The gateway authenticates: every API request needs a valid JWT of the tiekartta realm. It does not
 * authorise by role; each service does that for its own resources and validates the token again, so a
 * request that bypassed the gateway gains nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        // API documentation is public: the services' OpenAPI documents and the Swagger UI over them
                        .pathMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().denyAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable) // bearer tokens only, no cookies yet
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problemJsonChallenge()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problemJsonChallenge()))
                .build();
    }

    /** 401 as RFC 9457 problem+json, with the RFC 6750 bearer challenge. */
    private static ServerAuthenticationEntryPoint problemJsonChallenge() {
        return (exchange, exception) -> {
            ServerHttpResponse response = exchange.getResponse();
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tiekartta\"");
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            String body = """
                    {"type":"about:blank","title":"Unauthorized","status":401,\
                    "detail":"A valid bearer token from the tiekartta realm is required.","instance":"%s"}"""
                    .formatted(exchange.getRequest().getPath().value().replace("\"", ""));
            DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
            return response.writeWith(Mono.just(buffer));
        };
    }
}
