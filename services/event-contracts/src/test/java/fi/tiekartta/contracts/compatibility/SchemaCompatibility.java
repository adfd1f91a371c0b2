package fi.tiekartta.contracts.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a current JSON Schema (draft 2020-12) of an event type may replace the released one within the same
 * version (docs/event-versioning.md): the breaking changes found, empty when it may.
 * <p>
 * The rule is strict on purpose, because both directions matter. Topics keep every event forever, so data valid under
 * the released schema must stay valid under the current one (a consumer with the new schema rebuilds from the
 * beginning). And a consumer still built with the released schema validates what it consumes, tolerating only
 * properties it does not know, so new data must stay valid under the released schema but for such properties. What
 * passes both ways, and so all this allows: adding an optional property (where an unknown property is only reported as
 * one, see below), opening a closed object, and changing annotations (titles, descriptions, examples). Everything
 * else that constrains data must stay as released: types, enum values, {@code const}, {@code pattern},
 * {@code format}, bounds, which properties are required, and the branches of {@code oneOf}, {@code anyOf},
 * {@code allOf} and {@code if}/{@code then}/{@code else} (compared pairwise, in order).
 * <p>
 * An unknown property of a closed object ({@code additionalProperties: false}) inside {@code oneOf}, {@code anyOf},
 * {@code not} or an {@code if} condition is not reported as an unknown property: the branch fails, so a tolerant
 * consumer finds no branch that matches and refuses the event. Adding a property there is therefore breaking too.
 * <p>
 * Local references ({@code #/$defs/…}) are followed on both sides, so a definition may be renamed or a subschema
 * moved into {@code $defs}; the comparison is of what the schemas accept, not of how they are written.
 */
public final class SchemaCompatibility {

    /** Keywords that describe but do not constrain: free to change. {@code $defs} is compared where it is used. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$anchor", "$comment", "$defs",
            "title", "description", "examples", "default", "deprecated", "readOnly", "writeOnly");
    /** Keywords this class compares by their meaning; any other keyword must be unchanged, as JSON. */
    private static final Set<String> STRUCTURAL = Set.of("type", "enum", "required", "properties",
            "additionalProperties", "items", "prefixItems", "oneOf", "anyOf", "allOf", "not", "if", "then", "else",
            "contains", "dependentSchemas", "$ref");
    /** Applicators under which an unknown property fails a branch instead of being reported as unknown. */
    private static final Set<String> ALTERNATIVES = Set.of("oneOf", "anyOf", "not", "if", "contains");
    private static final int MAX_REFERENCE_DEPTH = 64;

    private final List<String> problems = new ArrayList<>();

    private SchemaCompatibility() {
    }

    /**
     * The changes from {@code released} to {@code current} that break the contract, each naming where it is
     * ({@code $} is the event data, {@code $.parent.code} a property, {@code $.evidence[]} an array's items).
     */
    public static List<String> breakingChanges(JsonNode released, JsonNode current) {
        SchemaCompatibility walk = new SchemaCompatibility();
        walk.compare("$", expand(released, released, 0), expand(current, current, 0), false);
        return List.copyOf(walk.problems);
    }

    // ---- the comparison

    private void compare(String at, JsonNode released, JsonNode current, boolean inAlternative) {
        if (released.isBoolean() || current.isBoolean()) {
            if (!released.equals(current)) {
                problems.add(at + ": schema changed from " + released + " to " + current);
            }
            return;
        }
        compareTypes(at, released, current);
        compareEnums(at, released, current);
        compareRequired(at, released, current);
        compareProperties(at, released, current, inAlternative);
        compareAdditionalProperties(at, released, current, inAlternative);
        compareSubschema(at + "[]", "items", released, current, inAlternative);
        compareList(at, "prefixItems", released, current, inAlternative);
        for (String keyword : List.of("oneOf", "anyOf", "allOf")) {
            compareList(at, keyword, released, current, inAlternative || ALTERNATIVES.contains(keyword));
        }
        for (String keyword : List.of("not", "if", "contains")) {
            compareSubschema(at + "(" + keyword + ")", keyword, released, current, true);
        }
        for (String keyword : List.of("then", "else")) {
            compareSubschema(at + "(" + keyword + ")", keyword, released, current, inAlternative);
        }
        compareSchemaMap(at, "dependentSchemas", released, current, inAlternative);
        compareOtherKeywords(at, released, current);
    }

    private void compareTypes(String at, JsonNode released, JsonNode current) {
        Set<String> was = types(released);
        Set<String> is = types(current);
        if (!was.equals(is)) {
            problems.add(at + ": type changed from " + describeTypes(was) + " to " + describeTypes(is));
        }
    }

    private void compareEnums(String at, JsonNode released, JsonNode current) {
        if (!released.has("enum") && !current.has("enum")) {
            return;
        }
        if (!released.has("enum") || !current.has("enum")) {
            problems.add(at + ": enum " + (released.has("enum") ? "removed" : "added") + " (was " + released.get("enum")
                    + ", is " + current.get("enum") + ")");
            return;
        }
        Set<JsonNode> was = elements(released.get("enum"));
        Set<JsonNode> is = elements(current.get("enum"));
        Set<JsonNode> removed = new LinkedHashSet<>(was);
        removed.removeAll(is);
        Set<JsonNode> added = new LinkedHashSet<>(is);
        added.removeAll(was);
        if (!removed.isEmpty()) {
            problems.add(at + ": enum value removed: " + removed + " (released data may carry it)");
        }
        if (!added.isEmpty()) {
            problems.add(at + ": enum value added: " + added
                    + " (a consumer validating against the released schema refuses it)");
        }
    }

    private void compareRequired(String at, JsonNode released, JsonNode current) {
        Set<String> was = texts(released.get("required"));
        Set<String> is = texts(current.get("required"));
        for (String name : is) {
            if (!was.contains(name)) {
                problems.add(at + "." + name + ": newly required (released data may lack it)");
            }
        }
        for (String name : was) {
            if (!is.contains(name)) {
                problems.add(at + "." + name + ": no longer required (consumers of the released schema rely on it)");
            }
        }
    }

    private void compareProperties(String at, JsonNode released, JsonNode current, boolean inAlternative) {
        JsonNode was = released.path("properties");
        JsonNode is = current.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = was.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> property = fields.next();
            if (!is.has(property.getKey())) {
                problems.add(at + "." + property.getKey() + ": property removed");
            } else {
                compare(at + "." + property.getKey(), property.getValue(), is.get(property.getKey()), inAlternative);
            }
        }
        if (inAlternative && isClosed(released)) {
            for (Iterator<String> names = is.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!was.has(name)) {
                    problems.add(at + "." + name + ": property added to a closed object inside oneOf, anyOf, not or if"
                            + " (the released schema's branch fails on it instead of ignoring it)");
                }
            }
        }
    }

    private void compareAdditionalProperties(String at, JsonNode released, JsonNode current, boolean inAlternative) {
        JsonNode was = released.get("additionalProperties");
        JsonNode is = current.get("additionalProperties");
        boolean wasOpen = was == null || (was.isBoolean() && was.booleanValue());
        boolean isOpen = is == null || (is.isBoolean() && is.booleanValue());
        if (wasOpen && isOpen) {
            return;
        }
        if (isClosed(current) && !isClosed(released)) {
            problems.add(at + ": additionalProperties false added where the released schema allowed other properties");
        } else if (isOpen) {
            return; // opening a closed object: released data still valid, new data only has unknown properties
        } else if (was != null && was.isObject() && is.isObject()) {
            compare(at + "{*}", was, is, inAlternative);
        } else if (!is.equals(was)) {
            problems.add(at + ": additionalProperties changed from " + was + " to " + is);
        }
    }

    private void compareSubschema(String at, String keyword, JsonNode released, JsonNode current, boolean inAlternative) {
        JsonNode was = released.get(keyword);
        JsonNode is = current.get(keyword);
        if (was == null && is == null) {
            return;
        }
        if (was == null || is == null) {
            problems.add(at + ": " + keyword + " " + (was == null ? "added" : "removed"));
            return;
        }
        compare(at, was, is, inAlternative);
    }

    private void compareList(String at, String keyword, JsonNode released, JsonNode current, boolean inAlternative) {
        JsonNode was = released.get(keyword);
        JsonNode is = current.get(keyword);
        if (was == null && is == null) {
            return;
        }
        if (was == null || is == null || was.size() != is.size()) {
            problems.add(at + ": " + keyword + " has " + count(is) + " subschemas, the released schema " + count(was));
            return;
        }
        for (int i = 0; i < was.size(); i++) {
            compare(at + "(" + keyword + " " + (i + 1) + ")", was.get(i), is.get(i), inAlternative);
        }
    }

    private void compareSchemaMap(String at, String keyword, JsonNode released, JsonNode current, boolean inAlternative) {
        JsonNode was = released.path(keyword);
        JsonNode is = current.path(keyword);
        Set<String> names = new TreeSet<>();
        was.fieldNames().forEachRemaining(names::add);
        is.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!was.has(name) || !is.has(name)) {
                problems.add(at + ": " + keyword + " of '" + name + "' " + (was.has(name) ? "removed" : "added"));
            } else {
                compare(at + "(" + keyword + " " + name + ")", was.get(name), is.get(name), inAlternative);
            }
        }
    }

    /** pattern, format, const, bounds, uniqueItems and anything else: must be as released. */
    private void compareOtherKeywords(String at, JsonNode released, JsonNode current) {
        Set<String> keywords = new TreeSet<>();
        released.fieldNames().forEachRemaining(keywords::add);
        current.fieldNames().forEachRemaining(keywords::add);
        for (String keyword : keywords) {
            if (ANNOTATIONS.contains(keyword) || STRUCTURAL.contains(keyword)) {
                continue;
            }
            JsonNode was = released.get(keyword);
            JsonNode is = current.get(keyword);
            if (was == null) {
                problems.add(at + ": " + keyword + " added: " + is);
            } else if (is == null) {
                problems.add(at + ": " + keyword + " removed (was " + was + ")");
            } else if (!sameValue(was, is)) {
                problems.add(at + ": " + keyword + " changed from " + was + " to " + is);
            }
        }
    }

    // ---- references

    /**
     * The schema with every local {@code $ref} replaced by what it points to, so that both sides compare by content.
     * Keywords beside a {@code $ref} apply as well (2020-12): they are kept, and where they clash with the target's,
     * both are kept under {@code allOf}.
     */
    private static JsonNode expand(JsonNode schema, JsonNode root, int depth) {
        if (depth > MAX_REFERENCE_DEPTH) {
            throw new IllegalArgumentException("$ref nesting deeper than " + MAX_REFERENCE_DEPTH + ": a recursive schema");
        }
        if (schema.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            schema.forEach(element -> copy.add(expand(element, root, depth)));
            return copy;
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals("$ref") || field.getKey().equals("$defs")
                    || field.getKey().equals("enum") || field.getKey().equals("const")) {
                copy.set(field.getKey(), field.getValue());
            } else {
                copy.set(field.getKey(), expand(field.getValue(), root, depth));
            }
        }
        copy.remove("$defs");
        JsonNode reference = copy.remove("$ref");
        if (reference == null) {
            return copy;
        }
        JsonNode target = expand(resolve(reference.asText(), root), root, depth + 1);
        if (!target.isObject()) {
            return copy.isEmpty() ? target : allOf(copy, target);
        }
        ObjectNode merged = ((ObjectNode) target).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = copy.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (ANNOTATIONS.contains(field.getKey())) {
                merged.set(field.getKey(), field.getValue());
            } else if (merged.has(field.getKey())) {
                return allOf(copy, target);
            } else {
                merged.set(field.getKey(), field.getValue());
            }
        }
        return merged;
    }

    private static JsonNode allOf(JsonNode first, JsonNode second) {
        ObjectNode both = JsonNodeFactory.instance.objectNode();
        both.putArray("allOf").add(first).add(second);
        return both;
    }

    private static JsonNode resolve(String reference, JsonNode root) {
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("Only local references (#/…) are supported: " + reference);
        }
        JsonNode target = root.at(reference.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("Unresolvable reference " + reference);
        }
        return target;
    }

    // ---- small helpers

    private static boolean isClosed(JsonNode schema) {
        JsonNode additional = schema.get("additionalProperties");
        return additional != null && additional.isBoolean() && !additional.booleanValue();
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        Set<String> types = new TreeSet<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(element -> types.add(element.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    private static String describeTypes(Set<String> types) {
        return types.isEmpty() ? "any (no type)" : String.join(" or ", types);
    }

    private static Set<JsonNode> elements(JsonNode array) {
        Set<JsonNode> elements = new LinkedHashSet<>();
        array.forEach(elements::add);
        return elements;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        if (array != null) {
            array.forEach(element -> texts.add(element.asText()));
        }
        return texts;
    }

    private static boolean sameValue(JsonNode was, JsonNode is) {
        if (was.isNumber() && is.isNumber()) {
            return was.decimalValue().compareTo(is.decimalValue()) == 0;
        }
        return was.equals(is);
    }

    private static String count(JsonNode list) {
        return list == null ? "none" : Integer.toString(list.size());
    }
}
