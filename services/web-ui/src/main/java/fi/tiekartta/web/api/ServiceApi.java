package fi.tiekartta.web.api;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.util.UriBuilder;

/**
 * What the pages do with a service's REST API: read JSON, and write JSON with the version the user saw
 * ({@code If-Match}), getting the new state and its version back. Errors arrive as {@link ApiProblem}.
 */
public abstract class ServiceApi {

    private static final ParameterizedTypeReference<Map<String, Object>> MODEL = new ParameterizedTypeReference<>() {
    };

    private final RestClient client;

    protected ServiceApi(RestClient client) {
        this.client = client;
    }

    /** GET a JSON document, e.g. {@code get("/api/progress/programmes/{code}/roadmap", "SHKO")}. */
    public JsonNode get(String uriTemplate, Object... variables) {
        return client.get().uri(uriTemplate, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class);
    }

    /** GET a JSON object as a map, the shape templates read most easily ({@code ${roadmap.programme.code}}). */
    public Map<String, Object> getModel(String uriTemplate, Object... variables) {
        return client.get().uri(uriTemplate, variables).accept(MediaType.APPLICATION_JSON).retrieve().body(MODEL);
    }

    /** GET a JSON object as a map, with query parameters built by the caller. */
    public Map<String, Object> getModel(Function<UriBuilder, URI> uri) {
        return client.get().uri(uri).accept(MediaType.APPLICATION_JSON).retrieve().body(MODEL);
    }

    /** GET with query parameters built by the caller (optional ones left out when null). */
    public JsonNode get(Function<UriBuilder, URI> uri) {
        return client.get().uri(uri).accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class);
    }

    /** GET a resource with its version (the {@code ETag}), for a form that will write it back. */
    public Versioned getVersioned(String uriTemplate, Object... variables) {
        ResponseEntity<JsonNode> answer = client.get().uri(uriTemplate, variables).accept(MediaType.APPLICATION_JSON)
                .retrieve().toEntity(JsonNode.class);
        return new Versioned(answer.getBody(), answer.getHeaders().getETag());
    }

    /** POST a JSON command; {@code ifMatch} may be null where the API does not ask for it. */
    public Versioned post(String uriTemplate, Object body, String ifMatch, Object... variables) {
        return write(client.post().uri(uriTemplate, variables), body, ifMatch);
    }

    /** PUT a JSON document with the version it replaces. */
    public Versioned put(String uriTemplate, Object body, String ifMatch, Object... variables) {
        return write(client.put().uri(uriTemplate, variables), body, ifMatch);
    }

    private static Versioned write(RestClient.RequestBodySpec request, Object body, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        ResponseEntity<JsonNode> answer = request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(body == null ? "{}" : body).retrieve().toEntity(JsonNode.class);
        return new Versioned(answer.getBody(), answer.getHeaders().getETag());
    }

    /** A resource and its version ({@code ETag}, e.g. {@code "3"}), null when the service sent none. */
    public record Versioned(JsonNode body, String etag) {
    }
}
