package fi.tiekartta.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.support.ChildMongoServer;
import fi.tiekartta.platform.support.TestKafka;
import fi.tiekartta.platform.support.TestMongo;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The failure the local stack had under a burst of writes: a backlog of pending events the relay's query made the
 * MongoDB-wire server load all at once, until it ran out of heap. Here 50,000 events wait (25,000 aggregates changed
 * twice, each change leaving an event and a revision) on mongo-java-server in a child JVM whose heap is a fraction of
 * the backlog's size; the relay publishes every event, in order per aggregate, and moves every revision, and the
 * server is still alive at the end.
 */
class OutboxBacklogTest {

    private static final Logger log = LoggerFactory.getLogger(OutboxBacklogTest.class);

    static final int AGGREGATES = 25_000;
    /** Each aggregate was changed twice since the relay last ran: a revision and an event per change. */
    static final int CHANGES = 2;
    static final int EVENTS = AGGREGATES * CHANGES;
    static final String SERVER_HEAP = "96m";
    static final String COLLECTION = "backlog";
    static final String TOPIC = "tiekartta.outbox-backlog-test";
    static final Instant T0 = Instant.parse("2024-01-10T10:00:00Z");

    record Sample(String code, String name, String description, List<String> themes) {
    }

    @Test
    void a_backlog_of_50_000_events_drains_in_bounded_memory(@TempDir Path directory) throws Exception {
        TestKafka.topic(TOPIC, 3);
        try (ChildMongoServer server = ChildMongoServer.start(directory, SERVER_HEAP);
                MongoClient client = MongoClients.create(server.connectionString());
                Consumer<String, byte[]> consumer = TestKafka.consumer(TOPIC)) {
            MongoTemplate mongo = TestMongo.template(client, "backlog-test");
            OutboxEvents outbox = new OutboxEvents(new EventJson());
            new AggregateStore<>(mongo, outbox, COLLECTION, "Sample", Sample.class); // registers moving revisions
            Set<String> expected = insertBacklog(mongo);

            long start = System.nanoTime();
            OutboxRelay relay = new OutboxRelay(mongo, TestKafka.template(), List.of(new OutboxCollection(COLLECTION)),
                    "backlog-test", outbox, new ShedLockOutboxLocks(new MongoLockProvider(mongo.getCollection("shedlock"))),
                    Duration.ofMinutes(1));
            relay.start();
            Set<String> missing = new HashSet<>(expected);
            Map<String, List<Long>> versionsByAggregate = new HashMap<>();
            int[] records = {0};
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10))
                        .failFast("the Mongo server died", () -> !server.isAlive())
                        .until(() -> {
                            consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                                records[0]++;
                                missing.remove(header(record, "ce_id"));
                                versionsByAggregate.computeIfAbsent(record.key(), key -> new ArrayList<>())
                                        .add(Long.parseLong(header(record, "ce_aggregateversion")));
                            });
                            return missing.isEmpty();
                        });
            } finally {
                relay.stop();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(server.isAlive()).as("the Mongo server survived").isTrue();
            assertThat(missing).as("events not received").isEmpty();
            assertThat(versionsByAggregate.values()).as("each aggregate's events in their order")
                    .allSatisfy(versions -> assertThat(versions).isSorted());
            assertThat(relay.largestFetch()).as("documents loaded at once").isLessThanOrEqualTo(OutboxRelay.BATCH);
            assertThat(leftOnASample(mongo)).as("events or revisions left on every 50th aggregate").isEmpty();
            assertThat(mongo.getCollection(COLLECTION + "_history").estimatedDocumentCount()).as("moved revisions").isEqualTo(EVENTS);
            log.info("Outbox backlog: {} events of {} aggregates published ({} records received) and {} revisions moved "
                            + "in {} ms; Mongo server -Xmx{}, at most {} MB held after GC",
                    EVENTS, AGGREGATES, records[0], EVENTS, took.toMillis(), SERVER_HEAP, server.peakHeapAfterGcMegabytes());
        }
    }

    /** Aggregate documents as the store leaves them after changes the relay has not seen yet: revisions and events. */
    private static Set<String> insertBacklog(MongoTemplate mongo) {
        Set<String> eventIds = new HashSet<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            String id = "aggregate-" + i;
            List<Document> revisions = new ArrayList<>();
            List<Document> events = new ArrayList<>();
            Document state = null;
            for (long version = 0; version < CHANGES; version++) {
                state = new Document("code", "C" + i).append("name", "Aggregate " + i + " as of version " + version)
                        .append("description", "A description, as milestones have.")
                        .append("themes", List.of("liikenne", "ilmasto", "saavutettavuus"));
                revisions.add(new Document("historyId", id + ":" + String.format("%010d", version)).append("version", version)
                        .append("by", "importer").append("at", Date.from(T0)).append("changes", List.of()).append("state", state));
                OutboxEvent event = new OutboxEvent(UUID.randomUUID().toString(), "fi.tiekartta.test.sample-changed.v1", TOPIC,
                        id, version, T0, "https://tiekartta.fi/schemas/test/sample-changed.v1.json", "{\"n\":" + i + "}");
                eventIds.add(event.eventId());
                Document stored = new Document();
                mongo.getConverter().write(event, stored);
                stored.remove("_class");
                events.add(stored);
            }
            batch.add(new Document("_id", id).append("version", CHANGES - 1L).append("state", state)
                    .append("createdBy", "importer").append("createdAt", Date.from(T0))
                    .append("lastChangedBy", "importer").append("lastChangedAt", Date.from(T0))
                    .append("revisions", revisions).append("pendingEvents", events));
            if (batch.size() == 1_000) {
                mongo.getCollection(COLLECTION).insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        return eventIds;
    }

    /**
     * The ids of every 50th aggregate that still has an event or a revision. Looked up by id: asking the server for
     * "any document with pending events" would read the whole collection (and {@code mongo.count(query)} would
     * load it all at once: mongo-java-server starts every aggregation by loading the collection).
     */
    private static List<Object> leftOnASample(MongoTemplate mongo) {
        List<String> sample = IntStream.range(0, AGGREGATES).filter(i -> i % 50 == 0).mapToObj(i -> "aggregate-" + i).toList();
        List<Object> left = new ArrayList<>();
        mongo.getCollection(COLLECTION).find(Filters.in("_id", sample)).projection(Projections.include("pendingEvents", "revisions"))
                .forEach(document -> {
                    if (!document.getList("pendingEvents", Object.class).isEmpty() || !document.getList("revisions", Object.class).isEmpty()) {
                        left.add(document.get("_id"));
                    }
                });
        return left;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
