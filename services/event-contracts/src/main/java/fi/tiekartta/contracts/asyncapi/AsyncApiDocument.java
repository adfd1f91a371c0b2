package fi.tiekartta.contracts.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.contracts.EventContract;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The AsyncAPI document of Tiekartta's public events, generated from {@link EventCatalog#PUBLIC} and the schemas, so
 * it cannot drift from what producers send. The build writes it to {@code target/asyncapi/asyncapi.json} and
 * {@code .yaml} and validates it with the AsyncAPI CLI; the gateway serves the same document at
 * {@code /events/asyncapi.json} and {@code /events/asyncapi.yaml}.
 */
public final class AsyncApiDocument {

    /** The AsyncAPI specification version the document follows. */
    public static final String ASYNCAPI_VERSION = "3.0.0";
    /**
     * The version of the public contract the document describes ({@code info.version}). Raised by hand: the minor
     * when a type or an optional property is added, the major with a new set of {@code .v2} topics
     * (docs/event-versioning.md).
     */
    public static final String VERSION = "1.0.0";
    /** The document's {@code id}: stable across versions and deployments. */
    public static final String ID = "urn:tiekartta:events";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // "1.0" and "3.0.0" stay strings when read back
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private final ObjectNode tree;

    private AsyncApiDocument(ObjectNode tree) {
        this.tree = tree;
    }

    /** The document of the public contract. */
    public static AsyncApiDocument generate() {
        return of(EventCatalog.PUBLIC);
    }

    /** The document describing {@code contracts} (each on a topic of {@link PublicChannel#ALL}). */
    static AsyncApiDocument of(List<EventContract<?>> contracts) {
        return new AsyncApiDocument(AsyncApiGenerator.generate(contracts));
    }

    /** A copy of the document's tree. */
    public ObjectNode tree() {
        return tree.deepCopy();
    }

    public String json() {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String yaml() {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
