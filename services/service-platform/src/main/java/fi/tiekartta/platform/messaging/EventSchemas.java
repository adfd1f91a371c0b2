package fi.tiekartta.platform.messaging;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.tiekartta.contracts.EventContract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schema of each event type (from {@code event-contracts}), compiled once per process, and the
 * check of consumed data against it. It uses the json-schema-validator library with the configuration of the
 * producer tests' {@code EventSchemaValidator} (draft 2020-12, format assertions on, so a malformed
 * {@code date-time} fails); it lives here because {@code event-contracts} is deliberately free of Jackson.
 * <p>
 * One difference, on purpose: a consumer is a tolerant reader (ADR 4). The schemas forbid unknown properties so
 * that they say exactly what producers send, but a producer may add an optional field before a consumer has the
 * updated schema; a consumer therefore ignores {@code additionalProperties} (and {@code unevaluatedProperties})
 * violations, as {@link EventJson} ignores unknown fields. Every other violation (a missing required field, a
 * wrong type, a bad format or enum value) is a problem.
 */
public final class EventSchemas {

    /** How the one problem of data that is not JSON starts. */
    public static final String NOT_JSON = "not valid JSON: ";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Problems name where they are as JSON paths ({@code $.code: integer found, string expected}). */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
    private static final Set<String> UNKNOWN_PROPERTY_KEYWORDS = Set.of("additionalProperties", "unevaluatedProperties");
    /** Strict about what is JSON: trailing content or a repeated key is not one unambiguous document. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Loads and compiles the schema of {@code contract} now, unless done already: a missing schema fails here. */
    public static void compile(EventContract<?> contract) {
        schema(contract);
    }

    /**
     * What is wrong with {@code data} as the data of a consumed {@code contract} event, as a consumer reads it:
     * empty when it may be applied. Data that is not one JSON document gives a single problem saying so.
     */
    public static List<String> consumerProblems(EventContract<?> contract, byte[] data) {
        JsonNode json;
        try {
            json = JSON.readTree(data);
        } catch (JacksonException e) {
            return List.of(NOT_JSON + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (json == null || json.isMissingNode()) {
            return List.of(NOT_JSON + "no content");
        }
        return schema(contract).validate(json).stream()
                .filter(message -> !UNKNOWN_PROPERTY_KEYWORDS.contains(message.getType()))
                .map(ValidationMessage::getMessage)
                .toList();
    }

    private static JsonSchema schema(EventContract<?> contract) {
        return COMPILED.computeIfAbsent(contract.type(), type -> load(contract));
    }

    private static JsonSchema load(EventContract<?> contract) {
        try (InputStream in = EventContract.class.getResourceAsStream(contract.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema on the classpath for " + contract.type() + " at "
                        + contract.schemaResource());
            }
            JsonSchema schema = FACTORY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), CONFIG);
            schema.initializeValidators(); // now, once, rather than lazily on the first (possibly concurrent) use
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
