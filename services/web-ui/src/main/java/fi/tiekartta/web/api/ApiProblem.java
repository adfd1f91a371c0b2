package fi.tiekartta.web.api;

import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's error answer (RFC 9457 problem+json), kept whole so that a page can show it where it belongs: the
 * field errors next to their fields, a 412 as "changed meanwhile" with a retry, anything else above the form.
 *
 * @param status HTTP status
 * @param title  the problem's title
 * @param detail the problem's detail (English, from the service)
 * @param errors the field errors ({@code errors[]}), empty if none
 */
public class ApiProblem extends RuntimeException {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> errors;

    public ApiProblem(int status, String title, String detail, List<FieldProblem> errors) {
        super(status + " " + (detail != null ? detail : title));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    /** One field error: the request field ({@code pointer} or {@code field}) and the service's message. */
    public record FieldProblem(String field, String message) {
    }

    static ApiProblem from(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        try {
            JsonNode problem = JSON.readTree(body);
            List<FieldProblem> errors = new ArrayList<>();
            problem.path("errors").forEach(error -> errors.add(new FieldProblem(
                    fieldName(error), text(error, "message", text(error, "detail", null)))));
            return new ApiProblem(status, text(problem, "title", null), text(problem, "detail", null), errors);
        } catch (RuntimeException notJson) {
            return new ApiProblem(status, response.getStatusText(), null, List.of());
        }
    }

    private static String fieldName(JsonNode error) {
        String field = text(error, "field", null);
        if (field == null) {
            String pointer = text(error, "pointer", null);
            field = pointer == null ? null : pointer.replaceFirst("^#?/", "").replace('/', '.');
        }
        return field;
    }

    private static String text(JsonNode node, String name, String otherwise) {
        JsonNode value = node.path(name);
        return value.isString() ? value.asString() : otherwise;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public boolean isConflictWithAChangeMeanwhile() {
        return status == 412;
    }
}
