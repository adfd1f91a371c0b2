package fi.tiekartta.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** The gateway as an outside client sees it: plain HTTP with an optional bearer token. */
final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gatewayUrl;

    Api(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    HttpResponse<String> get(String pathOrUrl, String token) {
        return send(request(pathOrUrl, token).GET());
    }

    HttpResponse<String> post(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    /** A POST that changes an existing resource: {@code ifMatch} names the version (ETag) it is based on. */
    HttpResponse<String> post(String path, String token, String json, String ifMatch) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .POST(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String path, String token, String json, String ifMatch) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(BodyPublishers.ofString(json)));
    }

    HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String pathOrUrl, String token) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : gatewayUrl + pathOrUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
