package fi.tiekartta.systemtests;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13's "done when", on the running stack, as an outside system and the people concerned see it: a webhook
 * receiver (a real HTTP server here) gets signed deliveries, retries and a replay; targets on private addresses are
 * refused; the event stream resumes after a dropped connection without a gap or a duplicate; and a returned report
 * reaches the reporter's inbox and mailbox in their language. (The Kafka side of the contract is
 * {@link PublishedContractScenario}, run after every other scenario has made the services publish.)
 */
abstract class IntegrationsScenario {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    protected abstract SystemUnderTest system();

    /** GreenMail's REST API of the stack's local mail server. */
    protected abstract String mailApiUrl();

    /** A loopback port the stack's WEBHOOK_ALLOWED_TARGETS lets webhooks reach. */
    protected abstract int webhookReceiverPort();

    @Test
    void webhookTargetsOnLoopbackOrPrivateAddressesAreRefused() {
        Api api = new Api(system().gatewayUrl());
        String admin = new Tokens(system().issuer()).forUser("stm-admin");
        for (String target : List.of("http://127.0.0.1:9/hook", "http://10.0.0.1/hook", "http://169.254.169.254/latest",
                "http://localhost:" + (webhookReceiverPort() + 1) + "/hook")) {
            HttpResponse<String> refused = api.post("/api/webhooks/subscriptions", admin, subscription(target,
                    "fi.tiekartta.programme.created.v1"));
            assertThat(refused.statusCode()).as(target + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void aWebhookReceiverGetsSignedDeliveriesRetriesAndAReplay() throws IOException {
        Api api = new Api(system().gatewayUrl());
        String admin = new Tokens(system().issuer()).forUser("stm-admin");
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(2);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", webhookReceiverPort()), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        exchange.getRequestHeaders().getFirst("ce-type"),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8)));
            }
            // The first deliveries fail as a receiver that is down would: the service must try again.
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            HttpResponse<String> registered = api.post("/api/webhooks/subscriptions", admin, subscription(
                    "http://localhost:" + webhookReceiverPort() + "/hook", "fi.tiekartta.programme.created.v1"));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            JsonNode subscription = JSON.readTree(registered.body());
            String secret = subscription.path("secret").asString();
            assertThat(secret).startsWith("whsec_");
            String subscriptionId = subscription.path("id").asString();
            HttpResponse<String> listed = api.get("/api/webhooks/subscriptions/" + subscriptionId, admin);
            assertThat(listed.body()).as("the secret is shown once only").doesNotContain(secret.substring(6));

            String code = "WEBHOOK-" + Instant.now().getEpochSecond();
            HttpResponse<String> created = api.post("/api/programmes", admin, """
                    {"code":"%s","names":{"fi":"Webhook-kokeilu","sv":null,"en":"Webhook trial"},"level":"NATIONAL",\
                    "ownerOrganisation":"STM"}""".formatted(code));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            // Two failed tries, then delivered: three requests with the same message id, each signed.
            await("the delivery, after two failures").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .until(() -> received.stream().filter(r -> r.body().contains(code)).count() >= 3);
            List<Received> tries = received.stream().filter(r -> r.body().contains(code)).toList();
            assertThat(tries).extracting(Received::webhookId).containsOnly(tries.get(0).webhookId());
            assertThat(tries).extracting(Received::ceType).containsOnly("fi.tiekartta.programme.created.v1");
            for (Received attempt : tries) {
                assertThat(signatureVerifies(secret, attempt)).as("signature of %s", attempt).isTrue();
                assertThat(signatureVerifies("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), attempt))
                        .as("another secret's signature does not verify").isFalse();
            }

            // The delivery log says so, and a replay by id sends it once more, signed again.
            JsonNode delivery = await("the delivery log").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .until(() -> deliveryOf(api, admin, subscriptionId, tries.get(0).webhookId()),
                            found -> found != null && "DELIVERED".equals(found.path("status").asString()));
            assertThat(delivery.path("attemptCount").asInt()).isEqualTo(3);
            HttpResponse<String> replay = api.post("/api/webhooks/deliveries/" + delivery.path("id").asString()
                    + "/redeliver", admin, "");
            assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
            await("the replay").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                    .until(() -> received.stream().filter(r -> r.body().contains(code)).count() >= 4);
            List<Received> all = received.stream().filter(r -> r.body().contains(code)).toList();
            Received replayed = all.get(all.size() - 1);
            assertThat(replayed.webhookId()).isEqualTo(tries.get(0).webhookId());
            assertThat(signatureVerifies(secret, replayed)).isTrue();

            // Removed again, so the later scenarios' programmes are not queued for a receiver that is gone.
            assertThat(api.delete("/api/webhooks/subscriptions/" + subscriptionId, admin).statusCode()).isEqualTo(204);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void theEventStreamResumesAfterADroppedConnectionWithoutAGapOrADuplicate() throws Exception {
        Api api = new Api(system().gatewayUrl());
        Tokens tokens = new Tokens(system().issuer());
        String admin = tokens.forUser("stm-admin");
        String viewer = tokens.forUser("viewer");
        String stream = system().gatewayUrl() + "/api/events/stream?type=fi.tiekartta.programme.created.v1";
        String prefix = "SSE-" + Instant.now().getEpochSecond() + "-";

        // Connected: the first programme arrives; then the connection drops.
        String lastEventId;
        try (SseConnection connection = SseConnection.open(stream, viewer, null)) {
            create(api, admin, prefix + "A");
            SseEvent first = connection.nextMatching(event -> event.data().contains(prefix + "A"), PATIENCE);
            lastEventId = first.id();
        }
        // Two more while nobody listens.
        create(api, admin, prefix + "B");
        create(api, admin, prefix + "C");
        // Resumed from the last id seen: B and C follow, in order, and A does not come again.
        try (SseConnection connection = SseConnection.open(stream, viewer, lastEventId)) {
            SseEvent second = connection.nextMatching(event -> event.data().contains(prefix), PATIENCE);
            SseEvent third = connection.nextMatching(event -> event.data().contains(prefix), PATIENCE);
            assertThat(second.data()).contains(prefix + "B");
            assertThat(third.data()).contains(prefix + "C");
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(lastEventId));
            assertThat(Long.parseLong(third.id())).isGreaterThan(Long.parseLong(second.id()));
            assertThat(second.name()).isEqualTo("fi.tiekartta.programme.created.v1");
        }
        // Without a token, the stream is closed like the API.
        HttpResponse<String> anonymous = api.get(stream, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aReturnedReportReachesTheReportersInboxAndMailboxInTheirLanguage() {
        Api api = new Api(system().gatewayUrl());
        Tokens tokens = new Tokens(system().issuer());
        String admin = tokens.forUser("stm-admin");
        String viewer = tokens.forUser("viewer");
        String reporter = tokens.forUser("reporter-pohjanmaa"); // Pohjanmaa, region 17; the realm gives her Swedish
        String verifier = tokens.forUser("thl-verifier");

        // The reporter has visited Tiekartta: the notification service knows her address and language.
        HttpResponse<String> preferences = api.get("/api/notifications/preferences", reporter);
        assertThat(preferences.statusCode()).as(preferences.body()).isEqualTo(200);
        assertThat(JSON.readTree(preferences.body()).path("language").asString()).isEqualTo("sv");
        String address = JSON.readTree(preferences.body()).path("email").asString();
        assertThat(address).isEqualTo("reporter-pohjanmaa@tiekartta.example");

        // A round asking Pohjanmaa; her report is submitted and returned with a comment.
        String programmeId = JSON.readTree(api.get("/api/programmes?size=200", viewer).body()).path("content")
                .valueStream().filter(p -> "SHKO".equals(p.path("code").asString()))
                .map(p -> p.path("id").asString()).findFirst().orElseThrow();
        JsonNode measures = JSON.readTree(api.get("/api/reporting-measures?programmeId=" + programmeId, viewer).body());
        String measureId = measures.valueStream().filter(m -> "TP6.3".equals(m.path("code").asString()))
                .map(m -> m.path("measureId").asString()).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        HttpResponse<String> round = api.post("/api/reporting-rounds", admin, """
                {"programmeId":"%s","title":{"fi":"Ilmoitusten järjestelmätesti","sv":"Systemtest av aviseringar",\
                "en":"Notification system test","original":"fi"},"period":"%d","deadline":"%s",\
                "measureIds":["%s"],"regionCodes":["17"]}""".formatted(programmeId, today.getYear(),
                Instant.now().plus(Duration.ofDays(20)), measureId));
        assertThat(round.statusCode()).as(round.body()).isEqualTo(201);
        String roundId = JSON.readTree(round.body()).path("id").asString();
        HttpResponse<String> drafted = api.post("/api/regions/17/reports", reporter, """
                {"roundId":"%s","measureId":"%s","level":"PLANNING","narrative":{"sv":"Planeringen har börjat.",\
                "original":"sv"},"indicators":[],"evidence":[]}""".formatted(roundId, measureId));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String report = "/api/regions/17/reports/" + JSON.readTree(drafted.body()).path("id").asString();
        HttpResponse<String> submitted = api.post(report + "/submission", reporter, "", etag(drafted));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> returned = api.post(report + "/return", verifier, """
                {"comment":"Beskriv vilka kommuner planeringen gäller."}""", etag(submitted));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);

        // Her inbox says so; the reporter of another region sees nothing of it.
        JsonNode notification = await("REPORT_RETURNED in the inbox").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> JSON.readTree(api.get("/api/notifications", reporter).body()).path("items").valueStream()
                                .filter(n -> "REPORT_RETURNED".equals(n.path("kind").asString())
                                        && "17".equals(n.path("regionCode").asString()))
                                .findFirst().orElse(null),
                        found -> found != null);
        assertThat(notification.path("read").asBoolean()).isFalse();
        assertThat(notification.path("title").path("sv").asString()).isNotBlank();
        String otherReporter = tokens.forUser("reporter-helsinki");
        assertThat(JSON.readTree(api.get("/api/notifications", otherReporter).body()).path("items").valueStream()
                .filter(n -> n.path("id").asString().equals(notification.path("id").asString()))).isEmpty();

        // And an e-mail in Swedish arrives at the local mail server (GreenMail's API gives the decoded subject).
        String subject = "Tiekartta: " + notification.path("title").path("sv").asString();
        JsonNode mail = await("the e-mail").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> mailTo(address).valueStream()
                                .filter(m -> subject.equals(m.path("subject").asString()))
                                .findFirst().orElse(null),
                        found -> found != null);
        assertThat(mail.path("subject").asString()).as("Swedish, not Finnish")
                .isNotEqualTo("Tiekartta: " + notification.path("title").path("fi").asString());
    }

    private JsonNode mailTo(String address) {
        HttpResponse<String> messages = new Api(mailApiUrl()).get(mailApiUrl() + "/api/user/" + address + "/messages/", null);
        return messages.statusCode() == 200 ? JSON.readTree(messages.body()) : JSON.createArrayNode();
    }

    private static void create(Api api, String admin, String code) {
        HttpResponse<String> created = api.post("/api/programmes", admin, """
                {"code":"%s","names":{"fi":"Virtakokeilu","sv":null,"en":"Stream trial"},"level":"NATIONAL",\
                "ownerOrganisation":"STM"}""".formatted(code));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static JsonNode deliveryOf(Api api, String token, String subscriptionId, String webhookId) {
        HttpResponse<String> log = api.get("/api/webhooks/deliveries?subscriptionId=" + subscriptionId, token);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        return JSON.readTree(log.body()).path("content").valueStream()
                .filter(d -> webhookId.equals(d.path("webhookId").asString()) || webhookId.equals(d.path("id").asString()))
                .findFirst().orElse(null);
    }

    private static String subscription(String url, String type) {
        return """
                {"url":"%s","eventTypes":["%s"],"description":"system test receiver"}""".formatted(url, type);
    }

    /** Standard Webhooks: HMAC-SHA256 over "id.timestamp.body" with the secret's bytes; any listed v1 signature. */
    private static boolean signatureVerifies(String secret, Received received) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal(
                    (received.webhookId() + "." + received.timestamp() + "." + received.body()).getBytes(StandardCharsets.UTF_8)));
            for (String signature : received.signature().split(" ")) {
                if (signature.equals("v1," + expected)) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private record Received(String webhookId, String timestamp, String signature, String ceType, String body) {
    }

    record SseEvent(String id, String name, String data) {
    }

    /** A server-sent-events connection read line by line, as a browser's EventSource would. */
    static final class SseConnection implements AutoCloseable {

        private final InputStream body;
        private final BufferedReader lines;

        private SseConnection(InputStream body) {
            this.body = body;
            this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        static SseConnection open(String url, String token, String lastEventId) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            return new SseConnection(response.body());
        }

        SseEvent nextMatching(java.util.function.Predicate<SseEvent> wanted, Duration patience) throws IOException {
            long deadline = System.nanoTime() + patience.toNanos();
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            String line;
            while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        SseEvent event = new SseEvent(id, name, data.toString());
                        if (wanted.test(event)) {
                            return event;
                        }
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
            throw new AssertionError("no matching event within " + patience);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
