package fi.tiekartta.contracts;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

    static List<EventContract<?>> contracts() {
        return EventCatalog.ALL;
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void every_published_type_ships_a_schema_that_names_itself(EventContract<?> contract) throws Exception {
        try (InputStream in = EventContract.class.getResourceAsStream(contract.schemaResource())) {
            assertThat(in).as("schema of %s", contract.type()).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
            assertThat(schema.getSchemaNode().get("$id").asText()).isEqualTo(contract.dataSchemaUri());
            assertThat(schema.validate("{}", InputFormat.JSON)).as("an empty object is not valid data").isNotEmpty();
        }
    }

    @Test
    void type_names_are_unique() {
        Set<String> seen = new HashSet<>();
        EventCatalog.ALL.forEach(contract -> assertThat(seen.add(contract.type())).as(contract.type()).isTrue());
    }

    @Test
    void a_type_name_that_looks_like_a_java_class_is_refused() {
        assertThatThrownBy(() -> new EventContract<>("ProgrammeCreated", Topics.PROGRAMMES, Object.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventContract<>("fi.tiekartta.programme.created", Topics.PROGRAMMES, Object.class))
                .as("unversioned").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lookup_by_type_finds_the_contract() {
        assertThat(EventCatalog.byType("fi.tiekartta.programme.created.v1")).isPresent();
        assertThat(EventCatalog.byType("fi.tiekartta.programme.unknown.v1")).isEmpty();
    }
}
