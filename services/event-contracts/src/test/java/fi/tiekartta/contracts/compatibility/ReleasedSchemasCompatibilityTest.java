package fi.tiekartta.contracts.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public contract as it is now against the last release: every released type is still public and its schema
 * changed only compatibly (docs/event-versioning.md). When this fails, make the change compatible, or publish it as
 * a new version of the type beside the old one.
 */
class ReleasedSchemasCompatibilityTest {

    static final Path LATEST = ReleasedSchemas.latest(ReleasedSchemas.RELEASES);

    @TestFactory
    Stream<DynamicTest> every_released_type_is_still_public_and_its_schema_changed_only_compatibly() {
        return ReleasedSchemas.types(LATEST).stream().map(type -> DynamicTest.dynamicTest(type, () ->
                assertThat(ReleasedSchemas.breakingChanges(LATEST, type, EventCatalog.PUBLIC))
                        .as("incompatible changes against release %s", LATEST.getFileName())
                        .isEmpty()));
    }

    @Test
    void the_release_holds_only_public_types_and_at_least_those_of_release_1_0() {
        // A type added since the release has no copy until the next release makes one: it may still change.
        assertThat(EventCatalog.PUBLIC.stream().map(EventContract::type).toList())
                .containsAll(ReleasedSchemas.types(LATEST));
        assertThat(ReleasedSchemas.types(LATEST)).hasSizeGreaterThanOrEqualTo(27);
    }

    @Test
    void the_newest_release_is_found_by_version_number(@TempDir Path releases) throws IOException {
        for (String version : List.of("1.0", "1.9", "1.10", "1.2")) {
            Files.createDirectory(releases.resolve(version));
        }
        assertThat(ReleasedSchemas.latest(releases).getFileName()).hasToString("1.10");
    }

    @Test
    void a_released_type_dropped_from_the_public_catalogue_is_reported() {
        List<EventContract<?>> withoutOverdue = EventCatalog.PUBLIC.stream()
                .filter(contract -> contract != MilestoneEvents.OVERDUE).toList();

        assertThat(ReleasedSchemas.breakingChanges(LATEST, MilestoneEvents.OVERDUE.type(), withoutOverdue))
                .singleElement().asString()
                .contains("fi.tiekartta.milestone.overdue.v1", "gone from the public catalogue");
    }

    /** The real schemas nest objects in $defs reached through $ref, arrays and oneOf: the check follows them all. */
    @Test
    void changes_deep_inside_the_real_schemas_are_found_through_their_references() {
        JsonNode released = ReleasedSchemas.released(LATEST, MilestoneEvents.PLANNED.type());
        ObjectNode changed = released.deepCopy();
        ObjectNode period = (ObjectNode) changed.at("/$defs/period");
        ((ArrayNode) period.get("required")).removeAll();
        ObjectNode evidence = (ObjectNode) changed.at("/$defs/evidence/properties");
        evidence.remove(evidence.fieldNames().next());

        List<String> problems = SchemaCompatibility.breakingChanges(released, changed);

        assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("$.baseline.").contains("no longer required"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("$.actual(oneOf 2).").contains("no longer required"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("$.evidence[].").endsWith("property removed"));
        assertThat(SchemaCompatibility.breakingChanges(released, released)).isEmpty();
    }

    @Test
    void an_optional_property_added_to_any_real_schema_is_compatible() {
        for (String type : ReleasedSchemas.types(LATEST)) {
            JsonNode released = ReleasedSchemas.released(LATEST, type);
            ObjectNode grown = released.deepCopy();
            ((ObjectNode) grown.get("properties")).putObject("addedLater").put("type", "string");

            assertThat(SchemaCompatibility.breakingChanges(released, grown)).as(type).isEmpty();
        }
    }

    @Test
    void a_real_report_schema_compared_with_itself_has_no_breaking_change() {
        JsonNode report = ReleasedSchemas.current(ReportingEvents.REPORT_SUBMITTED);
        assertThat(SchemaCompatibility.breakingChanges(report, report)).isEmpty();
    }
}
