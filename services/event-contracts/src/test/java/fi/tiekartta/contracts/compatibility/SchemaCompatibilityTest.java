package fi.tiekartta.contracts.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of {@link SchemaCompatibility} on the smallest schemas that show it (single quotes stand for double). */
class SchemaCompatibilityTest {

    static final String RELEASED = """
            {'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': 'urn:tiekartta:schema:fi.tiekartta.x.v1',
             'title': 'X', 'type': 'object', 'additionalProperties': false,
             'required': ['id', 'status', 'period', 'items'],
             'properties': {
               'id': {'type': 'string', 'minLength': 1},
               'status': {'enum': ['OPEN', 'CLOSED']},
               'code': {'type': ['string', 'null'], 'pattern': '^[A-Z]+$'},
               'at': {'type': 'string', 'format': 'date-time'},
               'kind': {'const': 'X'},
               'period': {'$ref': '#/$defs/period'},
               'actual': {'oneOf': [{'type': 'null'}, {'$ref': '#/$defs/period'}]},
               'items': {'type': 'array', 'items': {'$ref': '#/$defs/item'}},
               'extra': {'type': 'object', 'properties': {'note': {'type': 'string'}}}
             },
             '$defs': {
               'period': {'type': 'object', 'additionalProperties': false, 'required': ['start'],
                          'properties': {'start': {'type': 'string', 'format': 'date'}, 'end': {'type': ['string', 'null']}}},
               'item': {'type': 'object', 'additionalProperties': false, 'required': ['name'],
                        'properties': {'name': {'type': 'string'}, 'share': {'type': 'number', 'minimum': 0, 'maximum': 100}}}
             }}
            """;

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The released schema changed by replacing, in turn, each {@code from} with the {@code to} after it (each must
     * occur exactly once): the breaking changes found.
     */
    static List<String> changing(String... fromTo) {
        String released = RELEASED.replace('\'', '"');
        String current = released;
        for (int i = 0; i < fromTo.length; i += 2) {
            String from = fromTo[i].replace('\'', '"');
            assertThat(current.indexOf(from)).as("'%s' occurs once", fromTo[i]).isNotNegative()
                    .isEqualTo(current.lastIndexOf(from));
            current = current.replace(from, fromTo[i + 1].replace('\'', '"'));
        }
        return SchemaCompatibility.breakingChanges(json(released), json(current));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---- compatible

    @Test
    void the_same_schema_is_compatible() {
        assertThat(changing("'title': 'X'", "'title': 'X'")).isEmpty();
    }

    @Test
    void adding_an_optional_property_is_compatible_at_the_top_and_in_nested_objects_and_array_items() {
        assertThat(changing("'extra': {", "'added': {'type': 'string'}, 'extra': {")).isEmpty();
        assertThat(changing("'note': {'type': 'string'}", "'note': {'type': 'string'}, 'by': {'type': 'string'}")).isEmpty();
        assertThat(changing("'share': {'type': 'number', 'minimum': 0, 'maximum': 100}}",
                "'share': {'type': 'number', 'minimum': 0, 'maximum': 100}, 'unit': {'type': 'string'}}")).isEmpty();
    }

    @Test
    void descriptions_titles_and_how_a_subschema_is_written_may_change() {
        assertThat(changing("'title': 'X'", "'title': 'X, renamed', 'description': 'now described'")).isEmpty();
        assertThat(changing("'id': {'type': 'string', 'minLength': 1}", "'id': {'$ref': '#/$defs/id', 'description': 'the id'}",
                "'$defs': {", "'$defs': {'id': {'type': 'string', 'minLength': 1},"))
                .as("an inline subschema moved to $defs: the reference is followed").isEmpty();
        assertThat(changing("'item'", "'entry'", "'#/$defs/item'", "'#/$defs/entry'"))
                .as("a definition renamed").isEmpty();
    }

    @Test
    void opening_a_closed_object_is_compatible() {
        assertThat(changing("'title': 'X', 'type': 'object', 'additionalProperties': false,", "'title': 'X', 'type': 'object',"))
                .isEmpty();
    }

    // ---- breaking

    @Test
    void a_removed_property_is_breaking_also_inside_array_items_reached_through_a_reference() {
        assertThat(changing("'kind': {'const': 'X'},", "")).containsExactly("$.kind: property removed");
        assertThat(changing("'share': {'type': 'number', 'minimum': 0, 'maximum': 100}", "'portion': {'type': 'number'}"))
                .containsExactly("$.items[].share: property removed");
    }

    @Test
    void a_property_newly_required_or_no_longer_required_is_breaking() {
        assertThat(changing("'required': ['id', 'status', 'period', 'items']", "'required': ['id', 'status', 'period', 'items', 'code']"))
                .containsExactly("$.code: newly required (released data may lack it)");
        assertThat(changing("'required': ['start']", "'required': ['start', 'end']"))
                .as("in $defs, seen from both places that use it")
                .containsExactly("$.period.end: newly required (released data may lack it)",
                        "$.actual(oneOf 2).end: newly required (released data may lack it)");
        assertThat(changing("'required': ['name']", "'required': []"))
                .containsExactly("$.items[].name: no longer required (consumers of the released schema rely on it)");
    }

    @Test
    void a_changed_type_is_breaking_whether_narrowed_or_widened() {
        assertThat(changing("'code': {'type': ['string', 'null']", "'code': {'type': 'string'"))
                .containsExactly("$.code: type changed from null or string to string");
        assertThat(changing("'id': {'type': 'string'", "'id': {'type': ['string', 'null']"))
                .containsExactly("$.id: type changed from string to null or string");
        assertThat(changing("'share': {'type': 'number'", "'share': {'type': 'integer'"))
                .containsExactly("$.items[].share: type changed from number to integer");
    }

    @Test
    void a_removed_enum_value_is_breaking_and_so_is_an_added_one() {
        assertThat(changing("['OPEN', 'CLOSED']", "['OPEN']"))
                .containsExactly("$.status: enum value removed: [\"CLOSED\"] (released data may carry it)");
        assertThat(changing("['OPEN', 'CLOSED']", "['OPEN', 'CLOSED', 'ARCHIVED']"))
                .singleElement().asString().startsWith("$.status: enum value added: [\"ARCHIVED\"]");
        assertThat(changing("['OPEN', 'CLOSED']", "['CLOSED', 'OPEN']")).as("order is no change").isEmpty();
    }

    @Test
    void a_changed_pattern_format_const_or_bound_is_breaking() {
        assertThat(changing("'^[A-Z]+$'", "'^[A-Z0-9]+$'"))
                .containsExactly("$.code: pattern changed from \"^[A-Z]+$\" to \"^[A-Z0-9]+$\"");
        assertThat(changing("'format': 'date-time'", "'format': 'date'"))
                .containsExactly("$.at: format changed from \"date-time\" to \"date\"");
        assertThat(changing("'start': {'type': 'string', 'format': 'date'}", "'start': {'type': 'string'}"))
                .contains("$.period.start: format removed (was \"date\")");
        assertThat(changing("'const': 'X'", "'const': 'Y'")).containsExactly("$.kind: const changed from \"X\" to \"Y\"");
        assertThat(changing("'maximum': 100", "'maximum': 1")).containsExactly("$.items[].share: maximum changed from 100 to 1");
        assertThat(changing("'maximum': 100", "'maximum': 100.0")).as("the same number").isEmpty();
        assertThat(changing("'id': {'type': 'string', 'minLength': 1}", "'id': {'type': 'string', 'minLength': 1, 'maxLength': 36}"))
                .containsExactly("$.id: maxLength added: 36");
    }

    @Test
    void closing_an_open_object_is_breaking() {
        assertThat(changing("'extra': {'type': 'object',", "'extra': {'type': 'object', 'additionalProperties': false,"))
                .containsExactly("$.extra: additionalProperties false added where the released schema allowed other properties");
    }

    @Test
    void a_property_added_to_a_closed_object_under_one_of_is_breaking() {
        // 'actual' is oneOf [null, period]: a released consumer's period branch fails on the new property, so no
        // branch matches (json-schema-validator reports oneOf, not additionalProperties, which it would tolerate).
        assertThat(changing("'end': {'type': ['string', 'null']}}", "'end': {'type': ['string', 'null']}, 'label': {'type': 'string'}}"))
                .containsExactly("$.actual(oneOf 2).label: property added to a closed object inside oneOf, anyOf, not or if"
                        + " (the released schema's branch fails on it instead of ignoring it)");
    }

    @Test
    void a_changed_branch_list_is_breaking() {
        assertThat(changing("'oneOf': [{'type': 'null'}, {'$ref': '#/$defs/period'}]", "'oneOf': [{'$ref': '#/$defs/period'}]"))
                .containsExactly("$.actual: oneOf has 1 subschemas, the released schema 2");
        assertThat(changing("'items': {'$ref': '#/$defs/item'}", "'items': {'$ref': '#/$defs/period'}"))
                .as("another definition behind the reference").isNotEmpty();
    }
}
