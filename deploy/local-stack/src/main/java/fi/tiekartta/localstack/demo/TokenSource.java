package fi.tiekartta.localstack.demo;

import static java.net.URLEncoder.encode;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the demo users, by the password grant of the public {@code tiekartta-cli} client (as the
 * README does with curl). All demo users have the password {@code tiekartta}. A token is reused for a minute, well
 * inside its lifetime (tiekartta-cli's tokens live 5 minutes).
 */
final class TokenSource {

    static final String CLIENT_ID = "tiekartta-cli";
    static final String PASSWORD = "tiekartta";
    private static final Duration REUSE = Duration.ofMinutes(1);

    private final HttpClient http;
    private final JsonMapper json;
    private final Clock clock;
    private final URI tokenEndpoint;
    private final Map<String, Token> tokens = new HashMap<>();

    TokenSource(String issuer, HttpClient http, JsonMapper json, Clock clock) {
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
    }

    String forUser(String username) {
        Token token = tokens.get(username);
        if (token == null || clock.instant().isAfter(token.fetched().plus(REUSE))) {
            token = new Token(fetch(username), clock.instant());
            tokens.put(username, token);
        }
        return token.value();
    }

    private String fetch(String username) {
        String form = "grant_type=password&client_id=" + CLIENT_ID + "&username=" + encode(username, UTF_8)
                + "&password=" + PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoFailure("no token for " + username + ": Keycloak at " + tokenEndpoint + " did not answer ("
                    + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted while getting a token for " + username, e);
        }
        if (response.statusCode() != 200) {
            throw new DemoFailure("no token for " + username + ": POST " + tokenEndpoint + " answered "
                    + response.statusCode() + " " + response.body() + ". If the user is missing from the realm: "
                    + "Keycloak imports deploy/keycloak/tiekartta-realm.json only while the realm does not exist, so "
                    + "users added to the file later need a fresh Keycloak (delete $TIEKARTTA_HOME/keycloak, "
                    + "by default .local/keycloak, and start again).");
        }
        String token = json.readTree(response.body()).path("access_token").asString("");
        if (token.isEmpty()) {
            throw new DemoFailure("no token for " + username + ": the token endpoint's answer has no access_token");
        }
        return token;
    }

    private record Token(String value, Instant fetched) {
    }
}
