package fi.tiekartta.platform.outbox;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestoneOverdue;
import fi.tiekartta.platform.messaging.EventJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an event is recorded with, and that only the contract's types can be recorded at all. */
class OutboxEventsTest {

    private final OutboxEvents outbox = new OutboxEvents(new EventJson());

    @Test
    void aCataloguedTypeIsRecordedWithTheUrlOfItsSchema() {
        OutboxEvent event = outbox.create(MilestoneEvents.OVERDUE, "m-1", 3, Instant.parse("2026-12-03T10:15:30.123456Z"),
                null);
        assertThat(event.type()).isEqualTo("fi.tiekartta.milestone.overdue.v1");
        assertThat(event.topic()).isEqualTo(Topics.MILESTONES);
        assertThat(event.dataSchema())
                .isEqualTo("http://localhost:8080/events/schemas/fi.tiekartta.milestone.overdue.v1.schema.json");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-12-03T10:15:30.123Z"));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aTypeOutsideTheCatalogueIsRefusedBeforeAnythingIsStored() {
        EventContract<Map<String, Object>> uncatalogued = new EventContract<>("fi.tiekartta.milestone.renamed.v1",
                Topics.MILESTONES, (Class) Map.class);
        assertThatThrownBy(() -> outbox.create(uncatalogued, "m-1", 1, Instant.now(), Map.of("title", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fi.tiekartta.milestone.renamed.v1 is not in EventCatalog");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aCataloguedNameOnAnotherTopicOrClassIsNotTheCataloguedType() {
        EventContract<MilestoneOverdue> elsewhere = new EventContract<>(MilestoneEvents.OVERDUE.type(),
                Topics.PROGRAMMES, MilestoneOverdue.class);
        assertThatThrownBy(() -> outbox.create(elsewhere, "m-1", 1, Instant.now(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
