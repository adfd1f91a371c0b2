package fi.tiekartta.contracts.asyncapi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an AsyncAPI document, as published, says about an event: for tests that hold a real event (an external
 * consumer's record, a webhook delivery) against the document rather than against the classpath, so they prove what
 * an outside system can: the type is described, the message's headers fit, and the data validates against the schema
 * the document points to.
 * <p>
 * It reads only the document it is given: a message is found by the {@code ce_type} constant of its headers, its
 * schema by following its {@code payload} reference (an embedded schema stands on its own: {@link EmbeddedSchemas}),
 * and the data is checked strictly: format assertions on and unknown properties refused, since a producer must send
 * exactly what its schema says (consumers are the tolerant side).
 */
public final class PublishedContract {

    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();

    private final JsonNode document;
    private final Map<String, Message> messages;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private PublishedContract(JsonNode document) {
        this.document = document;
        this.messages = messages(document);
    }

    /** The contract the document states. */
    public static PublishedContract of(JsonNode document) {
        return new PublishedContract(document.deepCopy());
    }

    /** The contract of a document as served: {@code /events/asyncapi.json} or {@code .yaml} (YAML is read too). */
    public static PublishedContract parse(String document) {
        try {
            return of(new YAMLMapper().readTree(document));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Not an AsyncAPI document in JSON or YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** Whether the document describes a message of {@code type}. */
    public boolean describes(String type) {
        return messages.containsKey(type);
    }

    /** The described types, in the document's order. */
    public List<String> types() {
        return List.copyOf(messages.keySet());
    }

    public Optional<Message> message(String type) {
        return Optional.ofNullable(messages.get(type));
    }

    /**
     * Holds one event against the document: its {@code type}, its {@code dataschema} attribute (the URL, or
     * {@code null} if the event has none) and its data (the record value, JSON text).
     */
    public Check check(String type, String dataschema, String data) {
        Message message = messages.get(type);
        if (message == null) {
            return new Check(type, false, null, List.of("the document describes no message of type " + type));
        }
        List<String> errors = new ArrayList<>();
        if (dataschema == null || !dataschema.matches("^https?://[^/]+(/.*)?$")
                || !dataschema.endsWith(message.dataschemaPath())) {
            errors.add("dataschema " + dataschema + " is not an http(s) URL ending with the document's "
                    + message.dataschemaPath());
        }
        errors.addAll(dataErrors(message, data));
        return new Check(type, true, message.schemaPointer(), List.copyOf(errors));
    }

    /**
     * What is wrong with a record's headers (name to UTF-8 value) as the headers of a {@code type} message: empty
     * when they fit its header schema.
     */
    public List<String> headerErrors(String type, Map<String, String> headers) {
        Message message = messages.get(type);
        if (message == null) {
            return List.of("the document describes no message of type " + type);
        }
        JsonSchema schema = compiled.computeIfAbsent("headers " + type, key -> compile(message.headers()));
        ObjectNode values = STRICT_JSON.createObjectNode();
        headers.forEach(values::put);
        return schema.validate(values).stream().map(ValidationMessage::getMessage).toList();
    }

    private List<String> dataErrors(Message message, String data) {
        JsonNode json;
        try {
            json = data == null ? null : STRICT_JSON.readTree(data);
        } catch (JacksonException e) {
            return List.of("data is not one JSON document: " + e.getOriginalMessage());
        }
        if (json == null || json.isMissingNode()) {
            return List.of("the event has no data");
        }
        JsonSchema schema = compiled.computeIfAbsent(message.type(), type -> compile(message.schema()));
        return schema.validate(json).stream()
                .map(problem -> "data violates " + message.schemaPointer() + ": " + problem.getMessage())
                .toList();
    }

    private static JsonSchema compile(JsonNode schema) {
        JsonSchema compiled = FACTORY.getSchema(schema, CONFIG);
        compiled.initializeValidators();
        return compiled;
    }

    /** Every message of every channel, by the type its headers fix; a reference is followed within the document. */
    private static Map<String, Message> messages(JsonNode document) {
        Map<String, Message> found = new LinkedHashMap<>();
        document.path("channels").properties().forEach(channel -> channel.getValue().path("messages").forEach(ref -> {
            JsonNode message = resolve(document, ref);
            JsonNode headers = resolve(document, message.path("headers"));
            String type = headers.path("properties").path(CloudEventHeaders.TYPE).path("const").asText(null);
            String pointer = message.path("payload").path("$ref").asText(null);
            if (type == null || pointer == null) {
                return;
            }
            found.put(type, new Message(type, channel.getKey(), channel.getValue().path("address").asText(),
                    pointer, message.path(AsyncApiGenerator.DATASCHEMA_PATH).asText(""), headers,
                    resolve(document, message.get("payload"))));
        }));
        return found;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only references within the document are followed: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    /**
     * One described message.
     *
     * @param type           its CloudEvents type
     * @param channel        the channel's key in the document
     * @param topic          the channel's address, the Kafka topic
     * @param schemaPointer  where its payload schema is in the document, e.g. {@code #/components/schemas/<type>}
     * @param dataschemaPath where the gateway serves that schema ({@code x-dataschema-path})
     * @param headers        the schema of its headers
     * @param schema         its payload schema, as the document embeds it
     */
    public record Message(String type, String channel, String topic, String schemaPointer, String dataschemaPath,
                          JsonNode headers, JsonNode schema) {
    }

    /**
     * The verdict on one event.
     *
     * @param type          the event's type
     * @param described     whether the document describes it
     * @param schemaPointer the schema the document points to ({@code null} if not described)
     * @param errors        what is wrong, in words; empty when the event fits the document
     */
    public record Check(String type, boolean described, String schemaPointer, List<String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }
}
