package fi.tiekartta.platform.projection;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.platform.messaging.DeadLetterTopics;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.messaging.InvalidEventException;
import fi.tiekartta.platform.support.TestKafka;
import fi.tiekartta.testing.EmbeddedMongo;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.TopicRecords;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static fi.tiekartta.testing.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service's Kafka consumer as the platform configures it (the services' consumer settings, Spring Kafka's
 * error handler from {@code ConsumerErrorHandlingAutoConfiguration}, the topics and their dead-letter topics from
 * {@code EventTopicsAutoConfiguration}) with a listener that projects {@code programme.created.v1} through
 * {@link EventProjection}: poison is dead-lettered with its reason and never applied, consumption carries on,
 * duplicates change nothing, and a failure that passes is retried.
 */
@SpringBootTest(classes = EventConsumptionIntegrationTest.Service.class, properties = {
        "spring.application.name=consumption-test",
        "spring.mongodb.database=consumption-test",
        "tiekartta.kafka.consumer.retry.initial-interval=100ms",
        "tiekartta.kafka.consumer.retry.max-interval=400ms",
        "tiekartta.kafka.consumer.retry.max-retries=3"})
class EventConsumptionIntegrationTest {

    static final String MIRROR = "programme_mirror";
    static final String DEAD_LETTERS = DeadLetterTopics.of(Topics.PROGRAMMES);
    static final Duration WAIT = Duration.ofSeconds(60);

    static final KafkaTemplate<String, CloudEvent> EVENTS = TestKafka.template();
    static final KafkaTemplate<String, byte[]> RAW = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.broker().getBrokersAsString()),
            new StringSerializer(), new ByteArraySerializer()));
    static TopicRecords deadLetters;

    @Autowired
    ProgrammeMirror mirror;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CommonErrorHandler errorHandler;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestKafka.broker().getBrokersAsString());
        registry.add("spring.mongodb.uri", EmbeddedMongo::connectionString);
        registry.add("test.group", () -> "consumption-test-" + UUID.randomUUID()); // from the beginning of the topic
    }

    @BeforeAll
    static void readDeadLetters() {
        TestKafka.topic(DEAD_LETTERS, 3); // as the service creates it; here so that the reader can subscribe at once
        deadLetters = new TopicRecords(TestKafka.broker(), DEAD_LETTERS);
    }

    @AfterAll
    static void close() {
        deadLetters.close();
    }

    @Test
    void every_service_gets_the_dead_letter_error_handler() {
        assertThat(errorHandler).isInstanceOf(DefaultErrorHandler.class);
    }

    @Test
    void malformed_records_go_to_the_dead_letter_topic_with_the_reason_and_the_valid_event_after_them_is_applied() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant time = Instant.parse("2026-03-01T08:00:00Z");
        // The four malformed programme.created.v1 records of the incident, and a record that is not a CloudEvent at all.
        CloudEvent empty = TestEvents.unchecked(ProgrammeEvents.CREATED, id, 0, time, "{}");
        CloudEvent nullId = TestEvents.unchecked(ProgrammeEvents.CREATED, id, 0, time, "{\"programmeId\":null}");
        String wrongTypeData = createdJson(id, "SHKO").replace("\"code\":\"SHKO\"", "\"code\":42");
        CloudEvent wrongType = TestEvents.unchecked(ProgrammeEvents.CREATED, id, 0, time, wrongTypeData);
        CloudEvent notJson = TestEvents.unchecked(ProgrammeEvents.CREATED, id, 0, time, "code=SHKO, name=Ohjelma");
        List<CloudEvent> poison = List.of(empty, nullId, wrongType, notJson);
        for (CloudEvent event : poison) {
            EVENTS.send(Topics.PROGRAMMES, id, event).get();
        }
        byte[] notACloudEvent = "{\"programmeId\":\"whatever\"}".getBytes(StandardCharsets.UTF_8);
        RAW.send(new ProducerRecord<>(Topics.PROGRAMMES, id, notACloudEvent)).get();
        // The valid event after them, with the same key: same partition, so it is consumed after them.
        CloudEvent valid = TestEvents.of(ProgrammeEvents.CREATED, id, 0, time, createdJson(id, "SHKO"));
        EVENTS.send(Topics.PROGRAMMES, id, valid).get();

        await().atMost(WAIT).until(() -> mirror.applied.contains(valid.getId()));
        List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitRecords(id, 5);

        assertThat(dead).hasSize(5);
        assertThat(dead).allSatisfy(record -> {
            assertThat(header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.PROGRAMMES);
            assertThat(record.partition()).as("the partition it came from").isEqualTo(originalPartition(record));
        });
        Map<String, ConsumerRecord<String, byte[]>> byEventId = new ConcurrentHashMap<>();
        dead.stream().filter(record -> header(record, "ce_id") != null)
                .forEach(record -> byEventId.put(header(record, "ce_id"), record));
        assertThat(byEventId).containsOnlyKeys(empty.getId(), nullId.getId(), wrongType.getId(), notJson.getId());

        for (CloudEvent event : poison) {
            ConsumerRecord<String, byte[]> record = byEventId.get(event.getId());
            assertThat(record.value()).as("the original bytes").isEqualTo(event.getData().toBytes());
            assertThat(header(record, "ce_type")).isEqualTo(ProgrammeEvents.CREATED.type());
            assertThat(header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isEqualTo(InvalidEventException.class.getName());
            assertThat(header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)).startsWith("consumption-test-");
        }
        assertThat(reason(byEventId.get(empty.getId())))
                .contains("violates its schema", "$: required property 'programmeId' not found");
        assertThat(reason(byEventId.get(nullId.getId())))
                .contains("violates its schema", "$.programmeId: null found, string expected");
        assertThat(reason(byEventId.get(wrongType.getId())))
                .contains("violates its schema", "$.code: integer found, string expected");
        assertThat(reason(byEventId.get(notJson.getId()))).contains("not valid JSON");

        ConsumerRecord<String, byte[]> undeserializable = dead.stream().filter(record -> header(record, "ce_id") == null)
                .findFirst().orElseThrow();
        assertThat(undeserializable.value()).as("the original bytes").isEqualTo(notACloudEvent);
        assertThat(header(undeserializable, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(DeserializationException.class.getName());
        assertThat(header(undeserializable, KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).as("why it is not a CloudEvent")
                .contains("CloudEventRWException");

        // Nothing of the poison was applied, nor even handed to the handler; none of it was retried.
        assertThat(mirror.handled).doesNotContain(empty.getId(), nullId.getId(), wrongType.getId(), notJson.getId());
        assertThat(poison).allSatisfy(event -> assertThat(mirror.deliveries(event.getId())).as("deliveries").isEqualTo(1));
        assertThat(mongo.findById(id, Document.class, MIRROR))
                .containsEntry("code", "SHKO").containsEntry("lastEventId", valid.getId());
    }

    @Test
    void a_redelivered_or_duplicated_event_changes_nothing() throws Exception {
        String id = UUID.randomUUID().toString();
        CloudEvent created = TestEvents.of(ProgrammeEvents.CREATED, id, 0, Instant.parse("2026-03-01T08:00:00Z"),
                createdJson(id, "SHKO"));
        CloudEvent later = TestEvents.of(ProgrammeEvents.CREATED, id, 1, Instant.parse("2026-03-02T08:00:00Z"),
                createdJson(id, "SHKO-2"));
        // The same event twice (a redelivery, or the relay sending it again), then a newer one, then the first again.
        for (CloudEvent event : List.of(created, created, later, created)) {
            EVENTS.send(Topics.PROGRAMMES, id, event).get();
        }

        await().atMost(WAIT).until(() -> mirror.finished(created.getId()) == 3 && mirror.finished(later.getId()) == 1);

        assertThat(mirror.applied).containsOnlyOnce(created.getId(), later.getId());
        assertThat(mongo.findById(id, Document.class, MIRROR)).containsEntry("code", "SHKO-2")
                .containsEntry("aggregateVersion", 1L).containsEntry("lastEventId", later.getId());
        assertThat(deadLetters.withKey(id)).isEmpty();
    }

    @Test
    void a_failure_that_passes_is_retried_and_the_event_is_then_applied() throws Exception {
        String id = UUID.randomUUID().toString();
        mirror.failuresToGo.put(id, new AtomicInteger(2)); // MongoDB unreachable for the first two attempts
        CloudEvent created = TestEvents.of(ProgrammeEvents.CREATED, id, 0, Instant.parse("2026-03-01T08:00:00Z"),
                createdJson(id, "SHKO"));
        EVENTS.send(Topics.PROGRAMMES, id, created).get();

        await().atMost(WAIT).until(() -> mirror.applied.contains(created.getId()));

        assertThat(mirror.deliveries(created.getId())).isEqualTo(3);
        assertThat(mongo.findById(id, Document.class, MIRROR)).containsEntry("code", "SHKO");
        assertThat(deadLetters.withKey(id)).isEmpty();
    }

    @Test
    void a_failure_that_does_not_pass_is_retried_a_bounded_number_of_times_then_dead_lettered() throws Exception {
        String id = UUID.randomUUID().toString();
        mirror.failuresToGo.put(id, new AtomicInteger(Integer.MAX_VALUE));
        CloudEvent created = TestEvents.of(ProgrammeEvents.CREATED, id, 0, Instant.parse("2026-03-01T08:00:00Z"),
                createdJson(id, "SHKO"));
        EVENTS.send(Topics.PROGRAMMES, id, created).get();

        ConsumerRecord<String, byte[]> dead = deadLetters.awaitRecords(id, 1).get(0);

        assertThat(header(dead, "ce_id")).isEqualTo(created.getId());
        assertThat(dead.value()).isEqualTo(created.getData().toBytes());
        assertThat(header(dead, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN)).isEqualTo(DataAccessResourceFailureException.class.getName());
        assertThat(reason(dead)).contains("MongoDB is briefly unreachable");
        assertThat(mirror.deliveries(created.getId())).as("the first attempt and three retries").isEqualTo(4);
        assertThat(mongo.findById(id, Document.class, MIRROR)).isNull();
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        return header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
    }

    private static int originalPartition(ConsumerRecord<String, byte[]> record) {
        return ByteBuffer.wrap(record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value()).getInt();
    }

    private static String createdJson(String id, String code) {
        ProgrammeCreated data = new ProgrammeCreated(id, code, new LocalizedText("Ohjelma", null, null),
                "NATIONAL", "STM", "stm-admin", Instant.parse("2026-01-01T00:00:00Z"), null, List.of(), List.of(), List.of(),
                "ACTIVE", null, null, List.of(), null, null);
        return new EventJson().write(data);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ProgrammeMirror.class)
    static class Service {
    }

    /** A service's listener: mirrors programmes, as the services' projections of other contexts do. */
    static class ProgrammeMirror {

        final EventProjection projection;
        final Map<String, AtomicInteger> failuresToGo = new ConcurrentHashMap<>();
        final Queue<String> delivered = new ConcurrentLinkedQueue<>();
        final Queue<String> handled = new ConcurrentLinkedQueue<>();
        final Queue<String> applied = new ConcurrentLinkedQueue<>();
        final Queue<String> finished = new ConcurrentLinkedQueue<>();

        ProgrammeMirror(MongoTemplate mongo, EventJson eventJson) {
            this.projection = new EventProjection(mongo, eventJson, "consumption-test");
            projection.on(ProgrammeEvents.CREATED, event -> {
                handled.add(event.id());
                AtomicInteger failures = failuresToGo.get(event.subject());
                if (failures != null && failures.getAndDecrement() > 0) {
                    throw new DataAccessResourceFailureException("MongoDB is briefly unreachable");
                }
                if (projection.upsertIfNewer(MIRROR, event.data().programmeId(), event,
                        new Update().set("code", event.data().code()))) {
                    applied.add(event.id());
                }
            });
        }

        @KafkaListener(topics = Topics.PROGRAMMES, groupId = "${test.group}")
        void on(CloudEvent event) {
            delivered.add(event.getId());
            projection.project(event);
            finished.add(event.getId());
        }

        long deliveries(String eventId) {
            return delivered.stream().filter(eventId::equals).count();
        }

        long finished(String eventId) {
            return finished.stream().filter(eventId::equals).count();
        }
    }
}
