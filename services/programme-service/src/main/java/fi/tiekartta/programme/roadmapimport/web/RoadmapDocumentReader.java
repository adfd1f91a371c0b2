package fi.tiekartta.programme.roadmapimport.web;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.platform.json.StrictTexts;
import fi.tiekartta.platform.web.ProblemDetailsAdvice;
import fi.tiekartta.platform.web.ProblemDetailsAdvice.FieldProblem;
import fi.tiekartta.platform.web.RejectedDocumentException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a roadmap document from JSON or YAML and checks its shape against the published JSON Schema
 * ({@code roadmap-document.v1}), listing every violation with its path. Only a document of the right
 * shape is bound to {@link RoadmapDocument}.
 */
@Component
class RoadmapDocumentReader {

    /** Texts are read as strictly as in every other request (no control or bidi override characters). */
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(StrictTexts.module()).build();
    private final ObjectMapper yaml = YAMLMapper.builder().build();
    private final JsonSchema schema = loadSchema();

    RoadmapDocument read(byte[] body, boolean isYaml) {
        JsonNode tree;
        try {
            tree = (isYaml ? yaml : json).readTree(body);
        } catch (JacksonException e) {
            throw new RejectedDocumentException(HttpStatus.BAD_REQUEST, "The document is not valid " + (isYaml ? "YAML" : "JSON") + ".",
                    List.of(new FieldProblem("", e.getOriginalMessage())));
        }
        List<FieldProblem> problems = schema.validate(json.writeValueAsString(tree), InputFormat.JSON).stream()
                .map(message -> new FieldProblem(path(message.getInstanceLocation().toString()), message.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!problems.isEmpty()) {
            throw new RejectedDocumentException(HttpStatus.BAD_REQUEST, "The document does not have the shape of a "
                    + RoadmapDocument.FORMAT + " document: " + problems.size() + " problem(s).", problems);
        }
        try {
            return json.treeToValue(tree, RoadmapDocument.class);
        } catch (JacksonException e) {
            String field = ProblemDetailsAdvice.pathOf(e);
            throw new RejectedDocumentException(HttpStatus.BAD_REQUEST, "Field '" + field + "' of the document is invalid.",
                    List.of(new FieldProblem(field, e.getOriginalMessage())));
        }
    }

    /** A JSON Pointer ({@code /programmes/0/code}) in the form the rest of the API uses: {@code programmes[0].code}. */
    static String path(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty() || segment.equals("$")) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = RoadmapEvents.class.getResourceAsStream(RoadmapEvents.DOCUMENT_SCHEMA)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(text, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
