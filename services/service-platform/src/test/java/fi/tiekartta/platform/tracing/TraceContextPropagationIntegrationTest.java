package fi.tiekartta.platform.tracing;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.platform.support.TestKafka;
import fi.tiekartta.testing.EmbeddedMongo;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request that arrives with the gateway's {@code traceparent} and {@code X-Request-Id} logs under them, the event
 * it records leaves through the outbox with them as Kafka record headers, and a consumer of that record logs under
 * the same trace and request id: one trace from the gateway through Kafka.
 */
@SpringBootTest(classes = TraceContextPropagationIntegrationTest.Service.class, properties = {
        "spring.application.name=tracing-test",
        "spring.mongodb.database=tracing-test"})
@AutoConfigureMockMvc
class TraceContextPropagationIntegrationTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Autowired
    MockMvc mvc;
    @Autowired
    Samples samples;
    @Autowired
    Listener listener;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestKafka.broker().getBrokersAsString());
        registry.add("spring.mongodb.uri", EmbeddedMongo::connectionString);
        registry.add("test.group", () -> "tracing-test-" + UUID.randomUUID());
    }

    @BeforeAll
    static void topic() {
        TestKafka.topic(Topics.PROGRAMMES, 3);
    }

    @Test
    void the_trace_and_request_id_of_a_request_go_with_its_event_through_kafka_to_the_consumer() throws Exception {
        String requestId = "req-" + UUID.randomUUID();
        String id = mvc.perform(post("/samples").with(Tokens.admin())
                        .header("traceparent", TRACEPARENT).header("X-Request-Id", requestId))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(samples.seen.get(id)).as("the request's log context")
                .containsEntry(Correlation.TRACE_ID_MDC, TRACE_ID)
                .containsEntry(Correlation.REQUEST_ID_MDC, requestId);

        ConsumerRecord<String, byte[]> record = recordOf(id);
        String traceparent = header(record, Correlation.TRACEPARENT);
        assertThat(Correlation.traceIdOf(traceparent)).as("the record's traceparent " + traceparent).isEqualTo(TRACE_ID);
        assertThat(header(record, Correlation.REQUEST_ID_RECORD_HEADER)).isEqualTo(requestId);
        assertThat(header(record, "ce_type")).as("still a CloudEvent").isEqualTo(ProgrammeEvents.CREATED.type());

        await().atMost(Duration.ofSeconds(60)).until(() -> listener.seen.containsKey(id));
        assertThat(listener.seen.get(id)).as("the consumer's log context")
                .containsEntry(Correlation.TRACE_ID_MDC, TRACE_ID)
                .containsEntry(Correlation.REQUEST_ID_MDC, requestId);

        ConsumerRecord<String, byte[]> caused = recordOf(Listener.CAUSED + id);
        assertThat(Correlation.traceIdOf(header(caused, Correlation.TRACEPARENT)))
                .as("an event the consumer's work recorded carries the trace on").isEqualTo(TRACE_ID);
        assertThat(header(caused, Correlation.REQUEST_ID_RECORD_HEADER)).isEqualTo(requestId);
    }

    @Test
    void a_request_without_a_trace_context_still_gets_a_trace_and_its_event_carries_it() throws Exception {
        String id = mvc.perform(post("/samples").with(Tokens.admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String traceId = samples.seen.get(id).get(Correlation.TRACE_ID_MDC);
        assertThat(traceId).as("a new trace for the request").isNotBlank().isNotEqualTo(TRACE_ID);
        ConsumerRecord<String, byte[]> record = recordOf(id);
        assertThat(Correlation.traceIdOf(header(record, Correlation.TRACEPARENT))).isEqualTo(traceId);
        assertThat(record.headers().lastHeader(Correlation.REQUEST_ID_RECORD_HEADER)).isNull();
    }

    private static ConsumerRecord<String, byte[]> recordOf(String id) {
        try (Consumer<String, byte[]> consumer = TestKafka.consumer(Topics.PROGRAMMES)) {
            Map<String, ConsumerRecord<String, byte[]>> byKey = new HashMap<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> byKey.put(record.key(), record));
                return byKey.containsKey(id);
            });
            return byKey.get(id);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    record Sample(String name) {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({Samples.class, Listener.class})
    static class Service {

        @Bean
        AggregateStore<Sample> sampleStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
            return new AggregateStore<>(mongo, outboxEvents, "tracing_samples", "Sample", Sample.class);
        }
    }

    /** Creates a sample with a programme.created event, noting the log context it ran in. */
    @RestController
    static class Samples {

        final Map<String, Map<String, String>> seen = new ConcurrentHashMap<>();
        private final AggregateStore<Sample> store;

        Samples(AggregateStore<Sample> store) {
            this.store = store;
        }

        @PostMapping("/samples")
        String create() {
            String id = UUID.randomUUID().toString();
            seen.put(id, logContext());
            createSample(store, id);
            return id;
        }
    }

    /**
     * A consumer of the topic, noting the log context each record was handled in; for each sample a request created,
     * it creates another one, as a service's projection whose work records events of its own.
     */
    static class Listener {

        static final String CAUSED = "caused-by-";
        final Map<String, Map<String, String>> seen = new ConcurrentHashMap<>();
        private final AggregateStore<Sample> store;

        Listener(AggregateStore<Sample> store) {
            this.store = store;
        }

        @KafkaListener(topics = Topics.PROGRAMMES, groupId = "${test.group}")
        void on(ConsumerRecord<String, CloudEvent> record) {
            seen.put(record.key(), logContext());
            if (!record.key().startsWith(CAUSED) && store.find(CAUSED + record.key()).isEmpty()) {
                createSample(store, CAUSED + record.key());
            }
        }
    }

    static void createSample(AggregateStore<Sample> store, String id) {
        Instant now = Instant.now();
        ProgrammeCreated created = new ProgrammeCreated(id, "X", new LocalizedText("x", null, null), "NATIONAL",
                "STM", "stm-admin", now, null, List.of(), List.of(), List.of(), "PLANNED", null, null, List.of(),
                null, null);
        store.create(id, new Decision<>(new Sample("a"), List.of(PendingEvent.of(ProgrammeEvents.CREATED, created, now))),
                "stm-admin", now);
    }

    static Map<String, String> logContext() {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return context == null ? Map.of() : Map.copyOf(context);
    }
}
