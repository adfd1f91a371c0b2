package fi.tiekartta.integration.stream;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.integration.SampleEvents;
import fi.tiekartta.testing.EmbeddedMongoInitializer;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stream on a real servlet container, read as a client reads it: events arrive on an open connection; a client
 * that drops the connection and reconnects with {@code Last-Event-ID} while events keep coming gets every event once,
 * in order; a client too far behind gets its backlog in parts, reconnecting after each. Tokens are decoded by a
 * stand-in decoder ("integration" has the integration-client role; anything else is refused). At most 10 events per
 * catch-up here, so that "too far behind" is quick to reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tiekartta.kafka.partitions=1",
        "tiekartta.kafka.consumer.retry.initial-interval=100ms",
        "tiekartta.kafka.consumer.retry.max-interval=1s",
        "tiekartta.event-stream.max-catch-up=10",
        "tiekartta.events.public-base-url=https://tiekartta.example.fi"})
@EmbeddedKafka(partitions = 1, brokerProperties = "num.partitions=1", bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
class EventStreamOverHttpIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TestConfiguration
    static class Tokens {

        @Bean
        JwtDecoder jwtDecoder() {
            return token -> {
                if (!token.equals("integration")) {
                    throw new BadJwtException("not a token of this test");
                }
                return Jwt.withTokenValue(token).header("alg", "none").subject("sub-integration")
                        .claim("preferred_username", "integration").claim("roles", List.of("integration-client"))
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).build();
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventBroadcast broadcast;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String programmeId = UUID.randomUUID().toString();
    private final String programme = "SSE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void a_client_that_reconnects_with_its_last_event_id_misses_nothing_and_gets_nothing_twice() throws Exception {
        List<CloudEvent> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(SampleEvents.milestonePlanned(programmeId, programme)); // one topic: the log keeps the order sent
        }
        List<SseClient.Event> received = new ArrayList<>();

        SseClient first = connect(null);
        send(sent.subList(0, 3));
        await().atMost(PATIENCE).until(() -> first.events().size() >= 3);
        received.addAll(first.events());
        first.close(); // the connection drops

        send(sent.subList(3, 5)); // missed while away
        Thread producer = new Thread(() -> { // and more while the client reconnects
            for (CloudEvent event : sent.subList(5, 8)) {
                send(List.of(event));
                sleep(40);
            }
        }, "producer");
        producer.start();
        SseClient second = connect(received.get(received.size() - 1).id());
        producer.join();
        await().atMost(PATIENCE).until(() -> second.events().size() >= 5);
        sleep(500); // anything sent twice would have arrived by now
        received.addAll(second.events());
        second.close();

        assertThat(received).extracting(event -> JsonPath.<String>read(event.data(), "$.id"))
                .containsExactlyElementsOf(sent.stream().map(CloudEvent::getId).toList());
        List<Long> positions = received.stream().map(event -> Long.parseLong(event.id())).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(received).extracting(SseClient.Event::name)
                .containsExactlyElementsOf(sent.stream().map(CloudEvent::getType).toList());

        SseClient.Event planned = received.get(0);
        assertThat(JsonPath.<String>read(planned.data(), "$.specversion")).isEqualTo("1.0");
        assertThat(JsonPath.<String>read(planned.data(), "$.type")).isEqualTo(MilestoneEvents.PLANNED.type());
        assertThat(JsonPath.<String>read(planned.data(), "$.source")).isEqualTo(sent.get(0).getSource().toString());
        assertThat(JsonPath.<String>read(planned.data(), "$.subject")).isEqualTo(sent.get(0).getSubject());
        assertThat(JsonPath.<String>read(planned.data(), "$.time")).isEqualTo("2026-05-04T10:15:30Z");
        assertThat(JsonPath.<String>read(planned.data(), "$.datacontenttype")).isEqualTo("application/json");
        assertThat(JsonPath.<String>read(planned.data(), "$.dataschema")).endsWith(MilestoneEvents.PLANNED.schemaPath());
        assertThat(JsonPath.<String>read(planned.data(), "$.data.programmeCode")).isEqualTo(programme);
        assertThat(first.response().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        assertThat(first.comments()).contains("Tiekartta public events");
        await().atMost(PATIENCE).untilAsserted(() -> {
            broadcast.heartbeat(); // a write finds the closed connections
            assertThat(broadcast.subscribers()).isZero();
        });
    }

    @Test
    void a_client_too_far_behind_reads_its_backlog_in_parts_and_then_carries_on_live() throws Exception {
        List<CloudEvent> backlog = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            backlog.add(SampleEvents.reportReturned(programmeId, programme, i % 2 == 0 ? "09" : "17"));
        }
        send(backlog);
        String page = await().atMost(PATIENCE).until(this::page, body -> JsonPath.<List<?>>read(body, "$.items").size() == 13);
        long before = JsonPath.<Number>read(page, "$.items[0].position").longValue() - 1;

        SseClient part1 = connect(Long.toString(before));
        await().atMost(PATIENCE).until(part1::ended);
        SseClient part2 = connect(part1.lastEventId());
        await().atMost(PATIENCE).until(() -> part2.events().size() >= 3);
        CloudEvent live = SampleEvents.reportReturned(programmeId, programme, "09");
        send(List.of(live));
        await().atMost(PATIENCE).until(() -> part2.events().size() >= 4);
        part2.close();

        assertThat(part1.events()).hasSize(10);
        assertThat(part1.comments()).anyMatch(comment -> comment.contains("reconnect"));
        assertThat(part2.ended()).as("the second part goes on live").isFalse();
        List<String> ids = new ArrayList<>();
        part1.events().forEach(event -> ids.add(JsonPath.read(event.data(), "$.id")));
        part2.events().forEach(event -> ids.add(JsonPath.read(event.data(), "$.id")));
        List<String> expected = new ArrayList<>(backlog.stream().map(CloudEvent::getId).toList());
        expected.add(live.getId());
        assertThat(ids).containsExactlyElementsOf(expected);
    }

    @Test
    void a_last_event_id_the_log_never_gave_gets_a_reset_and_the_stream_carries_on() throws Exception {
        try (SseClient client = connect("999999999999")) {
            await().atMost(PATIENCE).until(() -> !client.events().isEmpty());
            SseClient.Event reset = client.events().get(0);
            assertThat(reset.name()).isEqualTo("reset");
            assertThat(JsonPath.<String>read(reset.data(), "$.reason")).isEqualTo("UNKNOWN_POSITION");
            CloudEvent live = SampleEvents.milestonePlanned(programmeId, programme);
            send(List.of(live));
            await().atMost(PATIENCE).until(() -> client.events().size() >= 2);
            assertThat(JsonPath.<String>read(client.events().get(1).data(), "$.id")).isEqualTo(live.getId());
        }
    }

    private SseClient connect(String lastEventId) throws Exception {
        return SseClient.connect(http, URI.create("http://localhost:" + port + "/api/events/stream?programme=" + programme),
                "integration", lastEventId);
    }

    private String page() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/events?limit=500&programme=" + programme)).header("Authorization", "Bearer integration").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void send(List<CloudEvent> events) {
        for (CloudEvent event : events) {
            // one topic, one partition: the log appends them in the order sent
            kafka.send(new ProducerRecord<>(topicOf(event), event.getSubject(), event)).join();
        }
    }

    private static String topicOf(CloudEvent event) {
        return event.getType().startsWith("fi.tiekartta.milestone.") ? Topics.MILESTONES : Topics.REGIONAL_REPORTING;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
