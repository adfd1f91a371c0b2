package fi.tiekartta.platform.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.platform.messaging.EventAttributes;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.messaging.InvalidEventException;
import fi.tiekartta.platform.support.TestMongo;
import fi.tiekartta.testing.EmbeddedMongo;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventProjectionIntegrationTest {

    static final MongoClient CLIENT = MongoClients.create(EmbeddedMongo.connectionString());
    static final MongoTemplate MONGO = TestMongo.template(CLIENT, "projection-test");
    static final String MIRROR = "mirror";

    final EventProjection projection = new EventProjection(MONGO, new EventJson(), "test.consumer");

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void only_a_newer_event_changes_the_document_and_its_id_is_recorded() {
        String id = UUID.randomUUID().toString();
        assertThat(projection.upsertIfNewer(MIRROR, id, event(id, 2, "e2"), new Update().set("code", "B"))).isTrue();
        assertThat(projection.upsertIfNewer(MIRROR, id, event(id, 1, "e1"), new Update().set("code", "A"))).isFalse();
        assertThat(projection.upsertIfNewer(MIRROR, id, event(id, 2, "e2"), new Update().set("code", "B2"))).isFalse();
        assertThat(stored(id)).containsEntry("code", "B").containsEntry("aggregateVersion", 2L).containsEntry("lastEventId", "e2");

        assertThat(projection.upsertIfNewer(MIRROR, id, event(id, 3, "e3"), new Update().set("code", "C"))).isTrue();
        assertThat(stored(id)).containsEntry("code", "C").containsEntry("aggregateVersion", 3L).containsEntry("lastEventId", "e3");
    }

    @Test
    void a_document_stored_without_a_version_counts_as_older_than_any_event() {
        String id = UUID.randomUUID().toString();
        MONGO.save(new Document("_id", id).append("code", "legacy"), MIRROR);

        assertThat(projection.upsertIfNewer(MIRROR, id, event(id, 0, "e0"), new Update().set("code", "new"))).isTrue();
        assertThat(stored(id)).containsEntry("code", "new").containsEntry("aggregateVersion", 0L);
    }

    @Test
    void work_runs_once_per_event_id() {
        List<String> runs = new ArrayList<>();
        ConsumedEvent<String> event = event("agg", 0, UUID.randomUUID().toString());

        assertThat(projection.once(event, () -> runs.add("first"))).isTrue();
        assertThat(projection.once(event, () -> runs.add("again"))).isFalse();
        assertThat(runs).containsExactly("first");
    }

    @Test
    void events_are_dispatched_by_contract_and_other_types_are_ignored() {
        List<String> seen = new ArrayList<>();
        EventProjection programmes = new EventProjection(MONGO, new EventJson(), "test.dispatch")
                .on(ProgrammeEvents.CREATED, created -> seen.add(created.data().code() + "@" + created.aggregateVersion()));

        assertThat(programmes.project(cloudEvent(ProgrammeEvents.CREATED.type(), 4))).isTrue();
        assertThat(programmes.project(cloudEvent(ProgrammeEvents.REVISED.type(), 5))).isFalse();
        assertThat(seen).containsExactly("SHKO@4");
    }

    @Test
    void an_event_whose_data_violates_its_schema_is_refused_before_its_handler_sees_it() {
        List<String> seen = new ArrayList<>();
        EventProjection programmes = new EventProjection(MONGO, new EventJson(), "test.invalid")
                .on(ProgrammeEvents.CREATED, created -> seen.add(created.data().code()));

        for (String data : List.of("{}", "{\"programmeId\":null}", validData().replace("\"SHKO\"", "42"), "not JSON",
                validData() + " {}", "")) {
            assertThatThrownBy(() -> programmes.project(cloudEvent(ProgrammeEvents.CREATED.type(), 1, data)))
                    .as(data).isInstanceOf(InvalidEventException.class);
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void an_event_without_data_or_aggregate_version_is_refused() {
        EventProjection programmes = new EventProjection(MONGO, new EventJson(), "test.incomplete")
                .on(ProgrammeEvents.CREATED, created -> { });
        CloudEvent valid = cloudEvent(ProgrammeEvents.CREATED.type(), 1, validData());

        assertThatThrownBy(() -> programmes.project(CloudEventBuilder.v1(valid).withoutData().build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("has no data");
        assertThatThrownBy(() -> programmes.project(CloudEventBuilder.v1(valid)
                .withoutExtension(EventAttributes.AGGREGATE_VERSION).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("aggregateversion");
        assertThatThrownBy(() -> programmes.project(CloudEventBuilder.v1(valid)
                .withExtension(EventAttributes.AGGREGATE_VERSION, "latest").build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("aggregateversion");
    }

    @Test
    void a_consumer_reads_tolerantly_a_field_its_schema_does_not_know_yet() {
        List<String> seen = new ArrayList<>();
        EventProjection programmes = new EventProjection(MONGO, new EventJson(), "test.tolerant")
                .on(ProgrammeEvents.CREATED, created -> seen.add(created.data().code()));
        String withNewField = validData().replaceFirst("\\{", "{\"addedLater\":{\"any\":1},");

        assertThat(programmes.project(cloudEvent(ProgrammeEvents.CREATED.type(), 1, withNewField))).isTrue();
        assertThat(seen).containsExactly("SHKO");
    }

    private static Document stored(String id) {
        return MONGO.findById(id, Document.class, MIRROR);
    }

    private static ConsumedEvent<String> event(String subject, long version, String eventId) {
        return new ConsumedEvent<>(eventId, "fi.tiekartta.test.v1", subject, version, Instant.now(), "data");
    }

    private static CloudEvent cloudEvent(String type, long version) {
        return cloudEvent(type, version, validData());
    }

    private static String validData() {
        ProgrammeCreated data = new ProgrammeCreated("p-1", "SHKO", new LocalizedText("Ohjelma", null, null), "NATIONAL",
                "STM", "stm-admin", Instant.parse("2026-01-01T00:00:00Z"), null, List.of(), List.of(), List.of(), "ACTIVE", null, null, List.of(), null, null);
        return new EventJson().write(data);
    }

    private static CloudEvent cloudEvent(String type, long version, String data) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/test")).withType(type)
                .withSubject("p-1").withExtension(EventAttributes.AGGREGATE_VERSION, version)
                .withData("application/json", data.getBytes(StandardCharsets.UTF_8)).build();
    }
}
