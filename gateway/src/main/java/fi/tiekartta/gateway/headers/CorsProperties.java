package fi.tiekartta.gateway.headers;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Cross-origin access ({@code tiekartta.gateway.cors.*}): none unless origins are listed. The web UI is served by
 * the gateway itself, so it never needs CORS; an operator lists another origin only for a browser application of
 * its own on another host.
 *
 * @param allowedOrigins origins (scheme://host[:port]) allowed to call the gateway from a browser
 * @param allowedMethods methods they may use
 * @param allowedHeaders request headers they may send
 * @param maxAge         how long a browser may cache a preflight answer
 */
@ConfigurationProperties("tiekartta.gateway.cors")
public record CorsProperties(List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders, Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
        allowedMethods = allowedMethods == null ? List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE") : List.copyOf(allowedMethods);
        allowedHeaders = allowedHeaders == null ? List.of("Authorization", "Content-Type", "X-Request-Id", "Idempotency-Key")
                : List.copyOf(allowedHeaders);
        maxAge = maxAge == null ? Duration.ofMinutes(30) : maxAge;
    }
}
