package fi.tiekartta.systemtests;

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
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the realm's token endpoint, obtained the way the README tells people to: the
 * password grant of the public {@code tiekartta-cli} client for the demo users, and the client credentials
 * grant of {@code tiekartta-integration}. All demo users have the password {@code tiekartta}.
 */
final class Tokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String tokenEndpoint;

    Tokens(String issuer) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    String forUser(String username) {
        return token(Map.of("grant_type", "password", "client_id", "tiekartta-cli",
                "username", username, "password", "tiekartta"));
    }

    String forIntegrationClient() {
        return token(Map.of("grant_type", "client_credentials", "client_id", "tiekartta-integration",
                "client_secret", "tiekartta-integration-secret"));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey(), UTF_8) + "=" + encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token endpoint answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
