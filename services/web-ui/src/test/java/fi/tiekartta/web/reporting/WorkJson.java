package fi.tiekartta.web.reporting;

import fi.tiekartta.web.api.ApiProblem;
import fi.tiekartta.web.api.ServiceApi.Versioned;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The services' answers captured from the dev stack (src/test/resources/work), for the work pages' tests. */
public final class WorkJson {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private WorkJson() {
    }

    public static JsonNode node(String name) {
        try (InputStream in = WorkJson.class.getResourceAsStream("/work/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource /work/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> model(String name) {
        return JSON.convertValue(node(name), new TypeReference<Map<String, Object>>() {
        });
    }

    /** A resource with its ETag as the services send it, e.g. {@code "3"}, from its {@code version}. */
    public static Versioned versioned(String name) {
        JsonNode body = node(name);
        return new Versioned(body, "\"" + body.path("version").asString() + "\"");
    }

    public static Versioned versioned(JsonNode body) {
        return new Versioned(body, "\"" + body.path("version").asString() + "\"");
    }

    public static ApiProblem problem(int status, String title, String detail, ApiProblem.FieldProblem... errors) {
        return new ApiProblem(status, title, detail, List.of(errors));
    }
}
