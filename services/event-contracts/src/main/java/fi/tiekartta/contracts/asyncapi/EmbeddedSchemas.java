package fi.tiekartta.contracts.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.tiekartta.contracts.EventContract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The types' JSON Schemas as the AsyncAPI document embeds them, under {@code components/schemas/<type>}.
 * <p>
 * Embedded rather than referenced by URL so that the document is whole on its own: the build validates it without a
 * network, and a reader needs one download. Embedding changes one thing, on purpose: the schema's local references
 * ({@code "$ref": "#/$defs/period"}) are replaced by what they name, and the then unused {@code $defs} dropped. A
 * {@code #} inside an embedded schema would be read against the AsyncAPI document by AsyncAPI tools but against the
 * schema itself by a JSON Schema validator given the schema alone; without references, both read the same schema.
 * Validation is unchanged: a reference without sibling keywords means exactly its target (and one with siblings
 * becomes an {@code allOf}). {@code $schema}, {@code $id}, titles and descriptions stay; a test checks that every
 * embedded schema is its published file so expanded. The gateway serves the published file itself, at
 * {@link EventContract#schemaPath()}.
 */
public final class EmbeddedSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keywords whose value maps names to schemas: the names are data, the values are walked. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");
    /** Keywords whose value is data, never schemas. */
    private static final Set<String> DATA = Set.of("const", "enum", "default", "examples");
    private static final Set<String> DEFINITIONS = Set.of("$defs", "definitions");

    private EmbeddedSchemas() {
    }

    /** The JSON pointer, within the document, of {@code type}'s embedded schema. */
    public static String pointer(String type) {
        return "#/components/schemas/" + type.replace("~", "~0").replace("/", "~1");
    }

    /** The type's schema file as published (the classpath resource), parsed. */
    public static ObjectNode published(EventContract<?> contract) {
        try (InputStream in = EventContract.class.getResourceAsStream(contract.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema on the classpath for " + contract.type() + " at "
                        + contract.schemaResource());
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema as embedded: a copy with every local reference replaced by its target and no definitions left. */
    public static ObjectNode embed(ObjectNode schema) {
        ObjectNode expanded = (ObjectNode) expand(schema, schema, new ArrayDeque<>());
        DEFINITIONS.forEach(expanded::remove);
        return expanded;
    }

    private static JsonNode expand(JsonNode node, ObjectNode root, Deque<String> following) {
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(element -> copy.add(expand(element, root, following)));
            return copy;
        }
        if (!(node instanceof ObjectNode object)) {
            return node.deepCopy();
        }
        if (object.path("$ref").isTextual()) {
            return expandReference(object, root, following);
        }
        ObjectNode copy = object.objectNode();
        List<String> keywords = new ArrayList<>();
        object.fieldNames().forEachRemaining(keywords::add);
        for (String keyword : keywords) {
            JsonNode value = object.get(keyword);
            if (DATA.contains(keyword)) {
                copy.set(keyword, value.deepCopy());
            } else if (SCHEMA_MAPS.contains(keyword) && value instanceof ObjectNode named) {
                ObjectNode schemas = copy.putObject(keyword);
                named.properties().forEach(entry -> schemas.set(entry.getKey(), expand(entry.getValue(), root, following)));
            } else {
                copy.set(keyword, expand(value, root, following));
            }
        }
        return copy;
    }

    private static JsonNode expandReference(ObjectNode reference, ObjectNode root, Deque<String> following) {
        String ref = reference.get("$ref").asText();
        if (!ref.startsWith("#")) {
            throw new IllegalStateException("A published schema may refer only within itself: " + ref);
        }
        if (following.contains(ref)) {
            throw new IllegalStateException("A recursive reference cannot be expanded: " + following + " -> " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("A reference names nothing: " + ref);
        }
        following.push(ref);
        JsonNode expanded = expand(target, root, following);
        following.pop();
        if (reference.size() == 1) {
            return expanded;
        }
        // sibling keywords apply beside the target's (draft 2020-12): keep both, the target as one of allOf
        ObjectNode siblings = (ObjectNode) expand(reference.deepCopy().without("$ref"), root, following);
        ArrayNode allOf = siblings.withArray("allOf");
        allOf.add(expanded);
        return siblings;
    }
}
