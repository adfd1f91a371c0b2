package fi.tiekartta.systemtests.matrix;

import static java.net.URLEncoder.encode;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tokens from the stack's realm: the demo users through the password grant of {@code tiekartta-cli} (password
 * {@code tiekartta}), the integration through the client credentials of {@code tiekartta-integration}. A role's
 * token is fetched again after a few minutes, well within the realm's lifetime, so a long run never meets an expiry
 * it did not ask for.
 */
final class RealmTokens {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REUSE = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String issuer;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Role, Instant> fetched = new EnumMap<>(Role.class);

    RealmTokens(String issuer) {
        this.issuer = issuer;
    }

    /** The caller's token, or null for {@link Role#NONE}. */
    synchronized String of(Role role) {
        if (role == Role.NONE) {
            return null;
        }
        if (!tokens.containsKey(role) || fetched.get(role).plus(REUSE).isBefore(Instant.now())) {
            tokens.put(role, fetch(role));
            fetched.put(role, Instant.now());
        }
        return tokens.get(role);
    }

    private String fetch(Role role) {
        return switch (role) {
            case VIEWER -> password("tiekartta-cli", "viewer");
            case ADMIN -> password("tiekartta-cli", "stm-admin");
            case REPORTER_OWN -> password("tiekartta-cli", "reporter-paijat-hame");
            case REPORTER_OTHER -> password("tiekartta-cli", "reporter-pohjanmaa");
            case VERIFIER -> password("tiekartta-cli", "thl-verifier");
            case INTEGRATION -> accessToken(issuer, Map.of("grant_type", "client_credentials",
                    "client_id", "tiekartta-integration", "client_secret", "tiekartta-integration-secret"));
            case NONE -> throw new IllegalArgumentException("no token");
        };
    }

    /** A demo user's token from the given client of the realm (password {@code tiekartta}). */
    String password(String clientId, String username) {
        return accessToken(issuer, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", "tiekartta"));
    }

    String issuer() {
        return issuer;
    }

    /** The Keycloak server's base address, e.g. {@code http://localhost:18180}. */
    String keycloak() {
        return issuer.substring(0, issuer.indexOf("/realms/"));
    }

    String accessToken(String realmIssuer, Map<String, String> form) {
        HttpResponse<String> response = post(realmIssuer + "/protocol/openid-connect/token", null,
                "application/x-www-form-urlencoded", form.entrySet().stream()
                        .map(e -> encode(e.getKey(), UTF_8) + "=" + encode(e.getValue(), UTF_8))
                        .collect(Collectors.joining("&")));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    HttpResponse<String> post(String url, String bearer, String contentType, String body) {
        return request("POST", url, bearer, contentType, body);
    }

    HttpResponse<String> request(String method, String url, String bearer, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, unverified: for the test's own preconditions only. */
    static JsonNode claims(String jwt) {
        return JSON.readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
