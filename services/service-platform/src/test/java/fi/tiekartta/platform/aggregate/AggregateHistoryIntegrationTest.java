package fi.tiekartta.platform.aggregate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.platform.outbox.OutboxLocks;
import fi.tiekartta.platform.outbox.OutboxRelay;
import fi.tiekartta.platform.support.TestMongo;
import fi.tiekartta.testing.EmbeddedMongo;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Revisions leave the aggregate's document for the history collection as the relay passes, and {@code history} and
 * {@code findAsOf} answer as if they had never moved.
 */
class AggregateHistoryIntegrationTest {

    record Sample(String code, String name) {
    }

    static final MongoClient CLIENT = MongoClients.create(EmbeddedMongo.connectionString());
    static final MongoTemplate MONGO = TestMongo.template(CLIENT, "aggregate-history-test");
    static final String COLLECTION = "samples";
    static final Instant T0 = Instant.parse("2024-01-10T10:00:00Z");

    final OutboxEvents outboxEvents = new OutboxEvents(new EventJson());
    final AggregateStore<Sample> store = new AggregateStore<>(MONGO, outboxEvents, COLLECTION, "Sample", Sample.class);
    // These changes cause no events, so the relay never sends anything: it only moves revisions.
    @SuppressWarnings("unchecked")
    final OutboxRelay relay = new OutboxRelay(MONGO, mock(KafkaTemplate.class), List.of(new OutboxCollection(COLLECTION)),
            "test", outboxEvents, OutboxLocks.inProcess(), Duration.ofHours(1));

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void thousands_of_revisions_leave_the_document_and_read_as_before() {
        String id = newId();
        store.create(id, Decision.of(new Sample("S", "v0")), "creator", T0);
        for (int version = 1; version <= 3_000; version++) {
            String name = "v" + version;
            store.update(id, version - 1, "editor-" + version % 7, minutes(version), current -> Decision.of(new Sample("S", name)));
            if (version % 50 == 0) {
                relay.publishPending(); // what the running relay does after every write, less often: a quicker test
            }
        }

        Document stored = MONGO.findById(id, Document.class, COLLECTION);
        assertThat(stored.getList("revisions", Document.class)).as("revisions left in the document").isEmpty();
        assertThat(stored.toJson().length()).as("the stored document's size").isLessThan(1_000);
        assertThat(MONGO.count(Query.query(Criteria.where("aggregateId").is(id)), COLLECTION + "_history"))
                .as("one history document per revision").isEqualTo(3_001);

        List<Revision> history = store.history(id);
        assertThat(history).extracting(Revision::version).containsExactlyElementsOf(LongStream.rangeClosed(0, 3_000).boxed().toList());
        assertThat(history.get(0).by()).isEqualTo("creator");
        assertThat(history.get(0).at()).isEqualTo(T0);
        assertThat(history.get(2_345).by()).isEqualTo("editor-" + 2_345 % 7);
        assertThat(history.get(2_345).at()).isEqualTo(minutes(2_345));
        assertThat(history.get(2_345).changes()).containsExactly(new Revision.FieldChange("name", "v2344", "v2345"));

        assertThat(store.findAsOf(id, T0.minusMillis(1))).as("before it existed").isEmpty();
        assertThat(store.findAsOf(id, T0)).get().satisfies(then -> {
            assertThat(then.version()).isZero();
            assertThat(then.state().name()).isEqualTo("v0");
            assertThat(then.createdBy()).isEqualTo("creator");
        });
        for (int version : new int[] {1, 2, 511, 1_024, 1_500, 2_047, 2_999, 3_000}) {
            assertThat(store.findAsOf(id, minutes(version))).as("at the instant of version %d", version).get()
                    .satisfies(then -> {
                        assertThat(then.version()).isEqualTo(version);
                        assertThat(then.state().name()).isEqualTo("v" + version);
                        assertThat(then.lastChangedAt()).isEqualTo(minutes(version));
                    });
            assertThat(store.findAsOf(id, minutes(version).minusMillis(1))).as("just before version %d", version).get()
                    .extracting(Versioned::version).isEqualTo(version - 1L);
        }
        assertThat(store.findAsOf(id, minutes(10_000))).get().extracting(Versioned::version).isEqualTo(3_000L);
        assertThat(store.get(id).state().name()).isEqualTo("v3000");
    }

    @Test
    void revisions_move_while_changes_are_being_made() {
        relay.start();
        String id = newId();
        store.create(id, Decision.of(new Sample("S", "v0")), "a", T0);
        changeTo(id, 1, 300);
        relay.stop();
        relay.publishPending();

        assertThat(inDocument(id)).isEmpty();
        assertThat(historyDocuments(id)).hasSize(301);
        assertThat(store.history(id)).extracting(Revision::version)
                .containsExactlyElementsOf(LongStream.rangeClosed(0, 300).boxed().toList());
        assertThat(store.findAsOf(id, minutes(150))).get().extracting(then -> then.state().name()).isEqualTo("v150");
    }

    @Test
    void history_and_as_of_read_moved_and_not_yet_moved_revisions_alike() {
        String id = newId();
        store.create(id, Decision.of(new Sample("S", "v0")), "a", T0);
        changeTo(id, 1, 5);
        relay.publishPending();
        changeTo(id, 6, 8);

        assertThat(inDocument(id)).extracting(revision -> revision.get("version", Number.class).longValue()).containsExactly(6L, 7L, 8L);
        assertThat(store.history(id)).extracting(Revision::version).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        for (int version = 0; version <= 8; version++) {
            assertThat(store.findAsOf(id, minutes(version).plusSeconds(30))).get()
                    .extracting(then -> then.state().name()).isEqualTo("v" + version);
        }
    }

    @Test
    void a_move_interrupted_between_copy_and_removal_is_harmless_and_completed_once() {
        String id = newId();
        store.create(id, Decision.of(new Sample("S", "v0")), "a", T0);
        changeTo(id, 1, 4);
        RevisionHistory history = new RevisionHistory(MONGO, COLLECTION);
        List<Document> fetched = List.of(MONGO.findById(id, Document.class, COLLECTION));

        history.beforeRemoval(COLLECTION, fetched, new Update()); // copied; the removal never happened
        history.beforeRemoval(COLLECTION, fetched, new Update()); // and the move was repeated

        assertThat(historyDocuments(id)).as("each revision once in the history").hasSize(5);
        assertThat(inDocument(id)).as("and still in the document").hasSize(5);
        assertThat(store.history(id)).extracting(Revision::version).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(store.findAsOf(id, minutes(2))).get().extracting(Versioned::version).isEqualTo(2L);

        relay.publishPending();

        assertThat(inDocument(id)).isEmpty();
        assertThat(historyDocuments(id)).hasSize(5);
        assertThat(store.history(id)).extracting(Revision::version).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void as_of_is_exact_also_when_the_clock_went_back() {
        String id = newId();
        store.create(id, Decision.of(new Sample("S", "v0")), "a", minutes(0));
        store.update(id, 0, "a", minutes(20), current -> Decision.of(new Sample("S", "v1")));
        store.update(id, 1, "a", minutes(10), current -> Decision.of(new Sample("S", "v2")));
        store.update(id, 2, "a", minutes(30), current -> Decision.of(new Sample("S", "v3")));
        relay.publishPending();

        assertThat(inDocument(id)).isEmpty();
        // The newest revision made at or before the instant, as before revisions moved.
        assertThat(store.findAsOf(id, minutes(10))).get().extracting(then -> then.state().name()).isEqualTo("v2");
        assertThat(store.findAsOf(id, minutes(15))).get().extracting(then -> then.state().name()).isEqualTo("v2");
        assertThat(store.findAsOf(id, minutes(25))).get().extracting(then -> then.state().name()).isEqualTo("v2");
        assertThat(store.findAsOf(id, minutes(5))).get().extracting(then -> then.state().name()).isEqualTo("v0");
        assertThat(store.findAsOf(id, minutes(30))).get().extracting(then -> then.state().name()).isEqualTo("v3");
    }

    @Test
    void revisions_stored_before_they_had_history_ids_move_too() {
        String id = newId();
        List<Document> revisions = new ArrayList<>();
        for (int version = 0; version <= 2; version++) {
            revisions.add(new Document("version", (long) version).append("by", "old").append("at", Date.from(minutes(version)))
                    .append("changes", List.of(new Document("field", "name").append("from", version == 0 ? null : "v" + (version - 1))
                            .append("to", "v" + version)))
                    .append("state", new Document("code", "S").append("name", "v" + version)));
        }
        MONGO.insert(new Document("_id", id).append("version", 2L).append("state", new Document("code", "S").append("name", "v2"))
                .append("createdBy", "old").append("createdAt", Date.from(minutes(0)))
                .append("lastChangedBy", "old").append("lastChangedAt", Date.from(minutes(2)))
                .append("revisions", revisions).append("pendingEvents", List.of()), COLLECTION);
        store.update(id, 2, "new", minutes(3), current -> Decision.of(new Sample("S", "v3")));

        relay.publishPending();

        assertThat(inDocument(id)).isEmpty();
        assertThat(store.history(id)).extracting(Revision::version).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store.history(id).get(1).changes()).containsExactly(new Revision.FieldChange("name", "v0", "v1"));
        assertThat(store.findAsOf(id, minutes(1))).get().extracting(then -> then.state().name()).isEqualTo("v1");
    }

    @Test
    void the_conditional_write_has_an_index_mongo_java_server_can_use() {
        assertThat(MONGO.indexOps(COLLECTION).getIndexInfo()).anySatisfy(index -> {
            assertThat(index.getName()).isEqualTo(AggregateStore.ID_AND_VERSION_INDEX);
            assertThat(index.isUnique()).isTrue();
            assertThat(index.getIndexFields()).extracting(field -> field.getKey()).containsExactly("_id", "version");
        });
    }

    private void changeTo(String id, int fromVersion, int toVersion) {
        for (int version = fromVersion; version <= toVersion; version++) {
            String name = "v" + version;
            store.update(id, version - 1, "a", minutes(version), current -> Decision.of(new Sample("S", name)));
        }
    }

    private static List<Document> inDocument(String id) {
        return MONGO.findById(id, Document.class, COLLECTION).getList("revisions", Document.class);
    }

    private static List<Document> historyDocuments(String id) {
        return MONGO.find(Query.query(Criteria.where("aggregateId").is(id)), Document.class, COLLECTION + "_history");
    }

    private static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
