package fi.tiekartta.platform.outbox;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.support.TestKafka;
import fi.tiekartta.platform.support.TestMongo;
import fi.tiekartta.testing.EmbeddedMongo;
import io.cloudevents.CloudEvent;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class OutboxRelayIntegrationTest {

    record Sample(String name) {
    }

    static final List<String> UPDATE_COMMANDS = Collections.synchronizedList(new ArrayList<>());
    static final MongoClient CLIENT = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(EmbeddedMongo.connectionString()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("update")) {
                        UPDATE_COMMANDS.add(event.getCommand().getString("update").getValue()
                                + " x" + event.getCommand().getArray("updates").size());
                    }
                }
            })
            .build());
    static final MongoTemplate MONGO = TestMongo.template(CLIENT, "outbox-relay-test");
    static final Instant T0 = Instant.parse("2024-01-10T10:00:00Z");

    final String collection = "samples-" + UUID.randomUUID();
    final List<OutboxRelay> relays = new ArrayList<>();

    @BeforeAll
    static void topic() {
        TestKafka.topic(Topics.PROGRAMMES, 3);
    }

    @AfterEach
    void stopRelays() {
        relays.forEach(OutboxRelay::stop);
    }

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void an_event_is_published_right_after_its_write_not_at_the_next_scan() {
        OutboxEvents outbox = new OutboxEvents(new EventJson());
        AggregateStore<Sample> store = store(outbox);
        OutboxRelay relay = relay(outbox, TestKafka.template(), OutboxLocks.inProcess(), Duration.ofHours(1));
        relay.start();
        try (Consumer<String, byte[]> consumer = TestKafka.consumer(Topics.PROGRAMMES)) {
            for (int i = 0; i < 2; i++) {
                String id = newId();
                store.create(id, new Decision<>(new Sample("a"), List.of(event(id))), "admin", T0);

                Set<String> seen = new HashSet<>();
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    consumer.poll(Duration.ofMillis(100)).forEach(record -> seen.add(record.key()));
                    return seen.contains(id);
                });
                await().atMost(Duration.ofSeconds(5)).until(() -> pendingEventsOf(id).isEmpty());
            }
        }
    }

    @Test
    void a_batch_goes_out_in_order_per_aggregate_and_leaves_with_one_write() {
        OutboxEvents outbox = new OutboxEvents(new EventJson());
        AggregateStore<Sample> store = store(outbox);
        OutboxRelay relay = relay(outbox, TestKafka.template(), OutboxLocks.inProcess(), Duration.ofHours(1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = newId();
            ids.add(id);
            store.create(id, new Decision<>(new Sample("0"), List.of(event(id))), "admin", T0);
            for (int version = 1; version <= 2; version++) {
                String name = String.valueOf(version);
                store.update(id, version - 1, "admin", T0, current -> new Decision<>(new Sample(name), List.of(event(id))));
            }
        }
        UPDATE_COMMANDS.clear();

        assertThat(relay.publishPending()).isEqualTo(60);

        assertThat(UPDATE_COMMANDS).as("the writes removing events and revisions").containsExactly(collection + " x1");
        assertThat(relay.largestFetch()).isLessThanOrEqualTo(OutboxRelay.BATCH);
        ids.forEach(id -> assertThat(pendingEventsOf(id)).isEmpty());
        Map<String, List<Long>> versionsByAggregate = records(Topics.PROGRAMMES, ids, 60).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(
                        record -> Long.parseLong(header(record, "ce_aggregateversion")), Collectors.toList())));
        ids.forEach(id -> assertThat(versionsByAggregate.get(id)).containsExactly(0L, 1L, 2L));
    }

    @Test
    void a_failed_event_stays_pending_with_every_later_event_of_its_aggregate() {
        Set<String> failing = new HashSet<>();
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        KafkaTemplate<String, CloudEvent> kafka = kafkaThatFails(failing, sent);
        OutboxEvents outbox = new OutboxEvents(new EventJson());
        AggregateStore<Sample> store = store(outbox);
        OutboxRelay relay = relay(outbox, kafka, OutboxLocks.inProcess(), Duration.ofHours(1));
        String a = newId();
        String b = newId();
        store.create(a, new Decision<>(new Sample("0"), List.of(event(a))), "admin", T0);
        store.update(a, 0, "admin", T0, current -> new Decision<>(new Sample("1"), List.of(event(a))));
        store.update(a, 1, "admin", T0, current -> new Decision<>(new Sample("2"), List.of(event(a))));
        store.create(b, new Decision<>(new Sample("0"), List.of(event(b))), "admin", T0);
        List<String> eventsOfA = pendingEventsOf(a).stream().map(event -> event.getString("eventId")).toList();
        failing.add(eventsOfA.get(1));

        assertThat(relay.publishPending()).as("a's first event and b's").isEqualTo(2);

        assertThat(pendingEventsOf(a)).extracting(event -> event.getString("eventId")).containsExactly(eventsOfA.get(1), eventsOfA.get(2));
        assertThat(pendingEventsOf(b)).isEmpty();

        failing.clear();
        sent.clear();
        assertThat(relay.publishPending()).isEqualTo(2);

        assertThat(pendingEventsOf(a)).isEmpty();
        assertThat(sent).as("sent again, in their order").containsExactly(eventsOfA.get(1), eventsOfA.get(2));
    }

    @Test
    void the_safety_net_finds_events_nobody_announced() {
        OutboxEvents outbox = new OutboxEvents(new EventJson());
        store(outbox);
        OutboxRelay relay = relay(outbox, TestKafka.template(), OutboxLocks.inProcess(), Duration.ofMillis(200));
        relay.start();
        String id = newId();
        OutboxEvent event = outbox.create(ProgrammeEvents.CREATED, id, 0, T0, event(id).data());
        // Written behind the store's back, as a crash right after a write would leave it: nobody told the relay.
        MONGO.insert(new Document("_id", id).append("version", 0L).append("state", new Document("name", "x"))
                .append("pendingEvents", List.of(toDocument(event))), collection);

        await().atMost(Duration.ofSeconds(10)).until(() -> pendingEventsOf(id).isEmpty());
        assertThat(records(Topics.PROGRAMMES, List.of(id), 1)).singleElement()
                .satisfies(record -> assertThat(header(record, "ce_id")).isEqualTo(event.eventId()));
    }

    @Test
    void a_replica_skips_a_collection_while_another_publishes_it() {
        LockProvider lockProvider = new MongoLockProvider(MONGO.getCollection("shedlock"));
        OutboxEvents outbox = new OutboxEvents(new EventJson());
        AggregateStore<Sample> store = store(outbox);
        OutboxRelay relay = relay(outbox, TestKafka.template(), new ShedLockOutboxLocks(lockProvider), Duration.ofHours(1));
        String id = newId();
        store.create(id, new Decision<>(new Sample("a"), List.of(event(id))), "admin", T0);
        Optional<SimpleLock> otherReplica = lockProvider.lock(
                new LockConfiguration(Instant.now(), "outbox-" + collection, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(otherReplica).isPresent();

        assertThat(relay.publishPending()).isZero();
        assertThat(pendingEventsOf(id)).hasSize(1);

        otherReplica.get().unlock();
        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(pendingEventsOf(id)).isEmpty();
    }

    @Test
    void replicas_take_turns_so_that_no_event_is_published_twice() {
        LockProvider lockProvider = new MongoLockProvider(MONGO.getCollection("shedlock"));
        List<AggregateStore<Sample>> replicas = new ArrayList<>();
        for (int replica = 0; replica < 2; replica++) {
            OutboxEvents outbox = new OutboxEvents(new EventJson());
            replicas.add(store(outbox));
            // Scanning often, each replica also finds the other's events: only the lock keeps them from both sending.
            relay(outbox, TestKafka.template(), new ShedLockOutboxLocks(lockProvider), Duration.ofMillis(20)).start();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String id = newId();
            ids.add(id);
            replicas.get(i % 2).create(id, new Decision<>(new Sample("a"), List.of(event(id))), "admin", T0);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> pendingEventsOf(id).isEmpty()));
        List<ConsumerRecord<String, byte[]>> records = records(Topics.PROGRAMMES, ids, 300);
        assertThat(records).extracting(ConsumerRecord::key).doesNotHaveDuplicates().hasSize(300);
    }

    private AggregateStore<Sample> store(OutboxEvents outbox) {
        return new AggregateStore<>(MONGO, outbox, collection, "Sample", Sample.class);
    }

    private OutboxRelay relay(OutboxEvents outbox, KafkaTemplate<String, CloudEvent> kafka, OutboxLocks locks, Duration scanInterval) {
        OutboxRelay relay = new OutboxRelay(MONGO, kafka, List.of(new OutboxCollection(collection)), "test", outbox, locks, scanInterval);
        relays.add(relay);
        return relay;
    }

    @SuppressWarnings("unchecked")
    private static KafkaTemplate<String, CloudEvent> kafkaThatFails(Collection<String> failing, List<String> sent) {
        KafkaTemplate<String, CloudEvent> kafka = mock(KafkaTemplate.class);
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(invocation -> {
            String eventId = ((ProducerRecord<String, CloudEvent>) invocation.getArgument(0)).value().getId();
            sent.add(eventId);
            return failing.contains(eventId) ? CompletableFuture.failedFuture(new IllegalStateException("broker down"))
                    : CompletableFuture.completedFuture(null);
        });
        return kafka;
    }

    /** Waits until {@code expected} records keyed by one of {@code keys} are on the topic; fails if more arrive. */
    private static List<ConsumerRecord<String, byte[]>> records(String topic, Collection<String> keys, int expected) {
        Set<String> wanted = new HashSet<>(keys);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = TestKafka.consumer(topic)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.contains(record.key())) {
                        found.add(record);
                    }
                });
                return found.size() >= expected;
            });
            consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                if (wanted.contains(record.key())) {
                    found.add(record);
                }
            });
        }
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private List<Document> pendingEventsOf(String id) {
        return MONGO.findById(id, Document.class, collection).getList("pendingEvents", Document.class);
    }

    private static Document toDocument(OutboxEvent event) {
        Document document = new Document();
        MONGO.getConverter().write(event, document);
        document.remove("_class");
        return document;
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static PendingEvent<ProgrammeCreated> event(String id) {
        return PendingEvent.of(ProgrammeEvents.CREATED, new ProgrammeCreated(id, "X", new LocalizedText("x", null, null),
                "NATIONAL", "STM", "stm-admin", T0, null, List.of(), List.of(), List.of(), "PLANNED", null, null, List.of(), null, null), T0);
    }
}
