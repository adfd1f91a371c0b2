package fi.tiekartta.platform.messaging;

import fi.tiekartta.contracts.EventContract;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * {@code tiekartta.events.*}: where outside systems reach this deployment's public event contract.
 * <p>
 * The {@code dataschema} attribute of every event a service publishes is {@link #dataSchemaOf this base plus the
 * contract's schema path}, a URL the gateway answers without a token, so an integration can fetch the schema an event
 * names. The base is the gateway's public address ({@code PUBLIC_BASE_URL}), the same for every service of a
 * deployment. It is checked at start-up: a relative or non-HTTP base would make every published {@code dataschema}
 * useless, and that is better refused than discovered by an integration. A trailing slash is dropped, so
 * {@code https://tiekartta.example.fi/} and {@code https://tiekartta.example.fi} give the same URLs.
 *
 * @param publicBaseUrl an absolute {@code http} or {@code https} URL, optionally with a path (a gateway behind a
 *                      path prefix), without query or fragment
 */
@ConfigurationProperties("tiekartta.events")
public record PublicEventsProperties(@DefaultValue(PublicEventsProperties.LOCAL_BASE_URL) String publicBaseUrl) {

    /** The local stack's gateway: the default when nothing is set. */
    public static final String LOCAL_BASE_URL = "http://localhost:8080";

    /** The local stack's base, for code and tests outside a Spring context. */
    public static final PublicEventsProperties LOCAL = new PublicEventsProperties(LOCAL_BASE_URL);

    public PublicEventsProperties {
        publicBaseUrl = normalised(publicBaseUrl);
    }

    /** The {@code dataschema} of {@code contract}'s events: the URL the gateway serves its JSON Schema at. */
    public String dataSchemaOf(EventContract<?> contract) {
        return publicBaseUrl + contract.schemaPath();
    }

    private static String normalised(String base) {
        if (base == null || base.isBlank()) {
            throw invalid(base, "it is empty");
        }
        URI uri;
        try {
            uri = new URI(base.strip());
        } catch (URISyntaxException e) {
            throw invalid(base, "it is not a URI (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(base, "it must be an absolute http or https URL");
        }
        if (uri.getHost() == null) {
            throw invalid(base, "it names no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(base, "it must not carry user information, a query or a fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getRawAuthority() + path;
    }

    private static IllegalArgumentException invalid(String base, String why) {
        return new IllegalArgumentException("tiekartta.events.public-base-url (PUBLIC_BASE_URL) '" + base
                + "' cannot be the base of the events' dataschema URLs: " + why);
    }
}
