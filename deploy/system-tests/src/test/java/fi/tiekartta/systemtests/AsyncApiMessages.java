package fi.tiekartta.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * What an outside team does with Tiekartta's AsyncAPI document, written without the project's classes: find the
 * message of a CloudEvents type (its {@code ce_type} header is a constant), follow its payload to the schema, and
 * validate an event's data against it with a JSON Schema library of their own.
 */
final class AsyncApiMessages {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;

    AsyncApiMessages(JsonNode document) {
        this.document = document;
    }

    boolean describes(String type) {
        return message(type).isPresent();
    }

    /** The payload schema the document gives for the type, local {@code $ref}s followed. */
    JsonNode schemaOf(String type) {
        JsonNode payload = message(type).orElseThrow(() -> new AssertionError(type + " is not in the document"))
                .path("payload");
        if (payload.has("schema") && payload.has("schemaFormat")) {
            payload = payload.path("schema"); // a multi-format schema object
        }
        return resolve(payload);
    }

    List<String> violations(String type, String data) {
        return violations(schemaOf(type), data);
    }

    /** The data's violations of a JSON Schema (draft 2020-12). */
    static List<String> violations(JsonNode schema, String data) {
        try {
            var validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JACKSON2.readTree(JSON.writeValueAsString(schema)));
            return validator.validate(JACKSON2.readTree(data)).stream().map(ValidationMessage::getMessage).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + data, e);
        }
    }

    private Optional<JsonNode> message(String type) {
        return document.path("components").path("messages").valueStream()
                .map(this::resolve)
                .filter(message -> type.equals(message.path("name").asString())
                        || type.equals(resolve(message.path("headers")).path("properties").path("ce_type").path("const").asString()))
                .findFirst();
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.path("$ref").asString().startsWith("#/")) {
            JsonNode target = document;
            for (String part : current.path("$ref").asString().substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }
}
