package fi.tiekartta.platform.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.platform.messaging.EventAttributes;
import fi.tiekartta.platform.messaging.EventJson;
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

    private static Document stored(String id) {
        return MONGO.findById(id, Document.class, MIRROR);
    }

    private static ConsumedEvent<String> event(String subject, long version, String eventId) {
        return new ConsumedEvent<>(eventId, "fi.tiekartta.test.v1", subject, version, Instant.now(), "data");
    }

    private static CloudEvent cloudEvent(String type, long version) {
        ProgrammeCreated data = new ProgrammeCreated("p-1", "SHKO", new LocalizedText("Ohjelma", null, null), "NATIONAL",
                "STM", "stm-admin", Instant.parse("2026-01-01T00:00:00Z"), null, List.of(), List.of(), List.of(), "ACTIVE", null, null, List.of(), null, null);
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/test")).withType(type)
                .withSubject("p-1").withExtension(EventAttributes.AGGREGATE_VERSION, version)
                .withData("application/json", new EventJson().write(data).getBytes(StandardCharsets.UTF_8)).build();
    }
}
