package fi.tiekartta.progress.live;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.testing.EmbeddedMongoInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ContextConfiguration;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stream on a real servlet container, read as a client reads it (java.net.http, line by line): the answer's
 * headers and first comment arrive at once, a change arrives while the connection stays open, and the stream ends
 * cleanly when the client goes away. MockMvc (in {@link LiveStreamIntegrationTest}) neither flushes nor dispatches
 * asynchronously, so this checks what it cannot. Tokens are decoded by a stand-in decoder ("viewer" is a
 * programme-viewer; anything else is refused).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tiekartta.kafka.partitions=1",
        "tiekartta.kafka.consumer.retry.initial-interval=100ms",
        "tiekartta.kafka.consumer.retry.max-interval=1s"})
@EmbeddedKafka(partitions = 1, brokerProperties = "num.partitions=1", bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
class LiveStreamOverHttpIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestConfiguration
    static class Tokens {

        @Bean
        JwtDecoder jwtDecoder() {
            return token -> {
                if (!token.equals("viewer")) {
                    throw new BadJwtException("not a token of this test");
                }
                return Jwt.withTokenValue(token).header("alg", "none").subject("sub-viewer")
                        .claim("preferred_username", "viewer").claim("roles", List.of("programme-viewer"))
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).build();
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ChangeFeed feed;
    @Autowired
    ChangeBroadcast broadcast;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_client_reads_the_changes_as_they_come_on_one_open_connection() throws Exception {
        String programme = "HTTP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/progress/stream?programme=" + programme))
                .header("Authorization", "Bearer viewer").header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));

        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the test closed the connection
            }
        }, "stream-reader");
        reader.setDaemon(true);
        reader.start();
        await().atMost(PATIENCE).until(() -> lines.contains(":Tiekartta change feed, live"));

        String eventId = UUID.randomUUID().toString();
        feed.record(new ChangeEntry(eventId, "fi.tiekartta.milestone.achieved.v1", "MILESTONE", UUID.randomUUID().toString(),
                programme + "-01", new LocalizedText("Virstanpylväs", null, null, "fi"),
                new LocalizedText("saavutettu", "uppnådd", "achieved", "fi"), null, programme, "TP1", null, "stm-admin",
                Instant.now()));
        await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(line -> line.startsWith("data:") && line.contains(eventId)));
        int data = lines.indexOf(lines.stream().filter(line -> line.contains(eventId)).findFirst().orElseThrow());
        assertThat(lines.get(data - 2)).isEqualTo("event:change");
        assertThat(lines.get(data - 1)).matches("id:[0-9]+-[0-9]+");
        assertThat(lines.get(data)).contains("\"workPackageCode\":\"TP1\"").contains("\"programmeCode\":\"" + programme + "\"");

        response.body().close(); // the client goes away: the stream is removed at the next write (a heartbeat at most)
        broadcast.heartbeat();
        broadcast.heartbeat();
        await().atMost(PATIENCE).untilAsserted(() -> {
            broadcast.heartbeat();
            assertThat(broadcast.subscribers()).isZero();
        });
    }

    @Test
    void a_client_without_a_token_gets_401() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/progress/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }
}
