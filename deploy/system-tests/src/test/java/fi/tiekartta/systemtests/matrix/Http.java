package fi.tiekartta.systemtests.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The gateway as an outside client sees it, with full control of the method, headers and body bytes (the package's
 * own: the matrix sends what Api does not, e.g. oversized and forged requests). A server-sent-events answer is not
 * read: its stream stays open for as long as the client listens.
 */
final class Http {

    record Answer(int status, String contentType, String body, HttpResponse<?> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;

    Http(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    /**
     * @param body        null for a request without a body
     * @param contentType its content type, used only with a body
     */
    Answer send(String method, String path, String token, byte[] body, String contentType, Map<String, String> headers) {
        return send(method, path, token, body, contentType, headers, false);
    }

    /**
     * With {@code Expect: 100-continue}: the body goes only after the server has agreed to take it, so a server that
     * refuses it at once (413) answers before the client has sent it, instead of a connection reset mid-upload.
     */
    Answer sendAskingFirst(String method, String path, String token, byte[] body, String contentType) {
        return send(method, path, token, body, contentType, Map.of(), true);
    }

    private Answer send(String method, String path, String token, byte[] body, String contentType, Map<String, String> headers,
            boolean expectContinue) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : gatewayUrl + path))
                .timeout(Duration.ofSeconds(30))
                .expectContinue(expectContinue)
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<InputStream> response = http.send(request.build(), BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                String text = type.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), type, text, response);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
