package fi.tiekartta.gateway.headers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security headers on every answer ({@code tiekartta.gateway.headers.*}).
 * <p>
 * The default Content-Security-Policy fits the web UI as it is: scripts only from the gateway's own origin (htmx 2
 * and app.js are files under /assets, there are no inline scripts or event handler attributes); styles from the
 * origin plus inline style, because templates set {@code style="width: ..%"} on bars and htmx adds its indicator
 * {@code <style>} element; images also as {@code data:} URIs (Swagger UI); no framing by anyone
 * ({@code frame-ancestors 'none'}); no plugins; {@code <base>} and forms only to the own origin would break the
 * logout's redirect to Keycloak, so {@code form-action} is not set.
 *
 * @param contentSecurityPolicy the whole {@code Content-Security-Policy} value
 * @param referrerPolicy        the {@code Referrer-Policy} value
 */
@ConfigurationProperties("tiekartta.gateway.headers")
public record SecurityHeadersProperties(String contentSecurityPolicy, String referrerPolicy) {

    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    public SecurityHeadersProperties {
        contentSecurityPolicy = contentSecurityPolicy == null || contentSecurityPolicy.isBlank() ? DEFAULT_CSP : contentSecurityPolicy;
        referrerPolicy = referrerPolicy == null || referrerPolicy.isBlank() ? "same-origin" : referrerPolicy;
    }
}
