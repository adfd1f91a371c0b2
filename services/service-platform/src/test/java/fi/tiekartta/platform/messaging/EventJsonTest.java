package fi.tiekartta.platform.messaging;

import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A consumer checks an event by its type, against the schema it was built with, whatever dataschema it names. */
class EventJsonTest {

    @Test
    void invalid_data_is_refused_naming_the_schema_and_where_the_event_says_it_is_published() {
        var event = TestEvents.unchecked(ProgrammeEvents.CREATED, "p-1", 0, Instant.parse("2026-12-01T10:00:00Z"), "{}");

        assertThatThrownBy(() -> new EventJson().read(event, ProgrammeEvents.CREATED))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("violates its schema urn:tiekartta:schema:fi.tiekartta.programme.created.v1 (dataschema "
                        + "http://localhost:8080/events/schemas/fi.tiekartta.programme.created.v1.schema.json): ")
                .hasMessageContaining("required property 'programmeId' not found");
    }
}
