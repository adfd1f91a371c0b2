package fi.tiekartta.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The Tiekartta API through the gateway, as a demo user: JSON in and out, a bearer token per user, and the
 * version a change is based on in {@code If-Match}. An answer other than the expected one is a
 * {@link DemoFailure} naming the request, the user and the answer (the problem+json body).
 */
final class Gateway {

    private final HttpClient http;
    private final JsonMapper json;
    private final TokenSource tokens;
    private final String gatewayUrl;

    Gateway(String gatewayUrl, TokenSource tokens, HttpClient http, JsonMapper json) {
        this.gatewayUrl = gatewayUrl.endsWith("/") ? gatewayUrl.substring(0, gatewayUrl.length() - 1) : gatewayUrl;
        this.tokens = tokens;
        this.http = http;
        this.json = json;
    }

    /** A request's answer; {@code body} is a MissingNode where there was no JSON. */
    record Answer(String request, int status, String etag, JsonNode body, String text) {

        /** The {@code If-Match} value for a change based on this answer: its ETag, else the body's version. */
        String ifMatch() {
            if (etag != null) {
                return etag;
            }
            if (body.path("version").isNumber()) {
                return "\"" + body.path("version").asLong() + "\"";
            }
            throw new DemoFailure(request + ": the answer has neither an ETag nor a version to base a change on");
        }
    }

    Answer get(String path, String user) {
        return send("GET", path, user, null, null);
    }

    Answer post(String path, String user, JsonNode body, String ifMatch) {
        return send("POST", path, user, body, ifMatch);
    }

    Answer put(String path, String user, JsonNode body, String ifMatch) {
        return send("PUT", path, user, body, ifMatch);
    }

    /** The answer if its status is one of {@code expected}; a {@link DemoFailure} naming the request otherwise. */
    static Answer expect(Answer answer, int... expected) {
        if (Arrays.stream(expected).noneMatch(status -> status == answer.status())) {
            throw new DemoFailure(answer.request() + " answered " + answer.status() + " (expected "
                    + String.join(" or ", Arrays.stream(expected).mapToObj(String::valueOf).toList()) + "): "
                    + (answer.text().isBlank() ? "(no body)" : answer.text()));
        }
        return answer;
    }

    private Answer send(String method, String path, String user, JsonNode body, String ifMatch) {
        String request = method + " " + path + " as " + user;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gatewayUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + tokens.forUser(user));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            builder.method(method, BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DemoFailure(request + ": no answer from the gateway at " + gatewayUrl + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure(request + ": interrupted", e);
        }
        return new Answer(request, response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                parse(response.body()), response.body());
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }
}
