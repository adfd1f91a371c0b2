package fi.tiekartta.contracts.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedSchemasTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void references_are_replaced_by_their_targets_also_inside_definitions_and_the_definitions_dropped() throws Exception {
        ObjectNode embedded = EmbeddedSchemas.embed(schema("""
                {"$id":"urn:x","type":"object","properties":{"period":{"$ref":"#/$defs/period"},
                 "periods":{"type":"array","items":{"$ref":"#/$defs/period"}}},
                 "$defs":{"period":{"type":"object","properties":{"label":{"$ref":"#/$defs/label"}}},
                          "label":{"type":"string","minLength":1}}}"""));

        assertThat(embedded).isEqualTo(schema("""
                {"$id":"urn:x","type":"object","properties":{
                 "period":{"type":"object","properties":{"label":{"type":"string","minLength":1}}},
                 "periods":{"type":"array","items":{"type":"object","properties":{"label":{"type":"string","minLength":1}}}}}}"""));
    }

    @Test
    void property_names_and_data_that_look_like_keywords_are_left_alone() throws Exception {
        ObjectNode source = schema("""
                {"properties":{"$ref":{"type":"string"},"const":{"$ref":"#/$defs/a"}},
                 "const":{"$ref":"#/$defs/a"},"$defs":{"a":{"type":"integer"}}}""");

        ObjectNode embedded = EmbeddedSchemas.embed(source);

        assertThat(embedded.at("/properties/$ref")).isEqualTo(schema("{\"type\":\"string\"}"));
        assertThat(embedded.at("/properties/const")).isEqualTo(schema("{\"type\":\"integer\"}"));
        assertThat(embedded.path("const")).as("const is data").isEqualTo(schema("{\"$ref\":\"#/$defs/a\"}"));
        assertThat(source.at("/properties/const/$ref").asText()).as("the source is not changed").isEqualTo("#/$defs/a");
    }

    @Test
    void a_reference_with_sibling_keywords_keeps_both_through_all_of() throws Exception {
        ObjectNode embedded = EmbeddedSchemas.embed(schema("""
                {"properties":{"a":{"$ref":"#/$defs/a","description":"the a"}},"$defs":{"a":{"type":"integer"}}}"""));

        assertThat(embedded.at("/properties/a")).isEqualTo(schema("""
                {"description":"the a","allOf":[{"type":"integer"}]}"""));
    }

    @Test
    void recursive_outside_or_dangling_references_are_refused() {
        assertThatThrownBy(() -> EmbeddedSchemas.embed(schema("""
                {"$ref":"#/$defs/node","$defs":{"node":{"properties":{"next":{"$ref":"#/$defs/node"}}}}}""")))
                .hasMessageContaining("recursive");
        assertThatThrownBy(() -> EmbeddedSchemas.embed(schema("{\"$ref\":\"https://example.org/s.json\"}")))
                .hasMessageContaining("only within itself");
        assertThatThrownBy(() -> EmbeddedSchemas.embed(schema("{\"$ref\":\"#/$defs/none\"}")))
                .hasMessageContaining("names nothing");
    }

    @Test
    void the_pointer_names_the_schema_in_components() {
        assertThat(EmbeddedSchemas.pointer("fi.tiekartta.milestone.overdue.v1"))
                .isEqualTo("#/components/schemas/fi.tiekartta.milestone.overdue.v1");
    }

    private static ObjectNode schema(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return (ObjectNode) node;
    }
}
