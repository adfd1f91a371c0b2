package fi.tiekartta.integration.webhooks;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.integration.SampleEvents;
import fi.tiekartta.integration.webhooks.WebhookReceiver.Received;
import fi.tiekartta.integration.webhooks.signing.SigningSecret;
import fi.tiekartta.integration.webhooks.signing.WebhookVerifier;
import fi.tiekartta.integration.webhooks.targets.HostResolver;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks end to end in one service: events on the public topics (embedded Kafka) become signed CloudEvents
 * deliveries to a real HTTP receiver on loopback, which the tests' allow list ({@code localhost}) lets through,
 * retried fast (milliseconds here, a day in production). Each test filters its subscriptions by a programme code of
 * its own, so the tests' events never reach each other's receivers.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "tiekartta.webhooks.require-https=false",
        "tiekartta.webhooks.allowed-targets=localhost",
        "tiekartta.webhooks.delivery.initial-interval=50ms",
        "tiekartta.webhooks.delivery.multiplier=2",
        "tiekartta.webhooks.delivery.max-interval=200ms",
        "tiekartta.webhooks.delivery.max-attempts=4",
        "tiekartta.webhooks.delivery.poll-interval=PT0.05S",
        "tiekartta.webhooks.delivery.response-timeout=3s",
        "tiekartta.webhooks.delivery.connect-timeout=1s",
        "tiekartta.webhooks.delivery.lease=20s"})
class WebhooksIntegrationTest {

    private static final String PLANNED = MilestoneEvents.PLANNED.type();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What names resolve to for the target checks, beside the system resolver (see {@link TestResolver}). */
    private static final Map<String, String> RESOLVED = new ConcurrentHashMap<>();
    private static WebhookReceiver receiver;

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
        // The first event waits for the consumer group's partitions, which takes a while on a loaded machine.
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
        Awaitility.reset();
    }

    @TestConfiguration
    static class TestResolver {

        /** A name whose address a test changes after registration, as DNS rebinding would. */
        @Bean
        @Primary
        HostResolver rebindableResolver() {
            return host -> RESOLVED.containsKey(host) ? List.of(InetAddress.getByName(RESOLVED.get(host)))
                    : HostResolver.SYSTEM.resolve(host);
        }
    }

    @Test
    void a_receiver_gets_signed_cloudevents_whose_signatures_verify() throws Exception {
        String programme = newProgrammeCode();
        Registered subscription = register(Tokens.admin(), "/signed", programme);
        CloudEvent event = SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme);

        publish(event);
        publish(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), newProgrammeCode())); // another programme
        publish(SampleEvents.importAccepted()); // internal: never delivered

        Received received = await().until(() -> receiver.at("/signed"), list -> !list.isEmpty()).get(0);
        assertThat(received.header("content-type")).isEqualTo("application/json");
        assertThat(received.header("ce-specversion")).isEqualTo("1.0");
        assertThat(received.header("ce-id")).isEqualTo(event.getId());
        assertThat(received.header("ce-type")).isEqualTo(PLANNED);
        assertThat(received.header("ce-subject")).isEqualTo(event.getSubject());
        assertThat(received.header("ce-source")).isEqualTo(event.getSource().toString());
        assertThat(received.header("ce-dataschema")).isEqualTo("http://localhost:8080/events/schemas/" + PLANNED + ".schema.json");
        assertThat(received.header("ce-aggregateversion")).isEqualTo("1");
        assertThat(JSON.readTree(received.body())).isEqualTo(JSON.readTree(event.getData().toBytes()));
        assertThat(verifier(subscription.secret()).verify(received.header("webhook-id"), received.header("webhook-timestamp"),
                received.header("webhook-signature"), received.body(), Instant.now())).isTrue();
        assertThat(received.header("webhook-signature").split(" ")).hasSize(1);

        String deliveryId = received.header("webhook-id");
        await().untilAsserted(() -> mvc.perform(get("/api/webhooks/deliveries/" + deliveryId).with(Tokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELIVERED"))
                .andExpect(jsonPath("$.webhookId").value(deliveryId))
                .andExpect(jsonPath("$.eventId").value(event.getId()))
                .andExpect(jsonPath("$.attemptCount").value(1))
                .andExpect(jsonPath("$.lastStatusCode").value(204))
                .andExpect(jsonPath("$.attempts[0].outcome").value("DELIVERED")));
        Thread.sleep(300); // the other programme's event and the internal one had their chance: nothing more came
        assertThat(receiver.at("/signed")).hasSize(1);

        // The secret is shown once: never by a read.
        mvc.perform(get("/api/webhooks/subscriptions/" + subscription.id()).with(Tokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value(receiver.url("/signed")))
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(content().string(not(containsString(subscription.secret()))));
        mvc.perform(get("/api/webhooks/subscriptions").with(Tokens.admin()))
                .andExpect(content().string(not(containsString(subscription.secret()))));
        // ...and it is stored encrypted: the database does not hold it.
        org.bson.Document stored = mongo.findById(subscription.id(), org.bson.Document.class, "webhook_subscriptions");
        assertThat(stored.toJson()).doesNotContain(subscription.secret()).doesNotContain(subscription.secret().substring(6));
        assertThat(stored.getString("secret")).startsWith("v1:");
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(content().string(containsString("tiekartta_webhooks_attempts_total{outcome=\"delivered\"")));
    }

    @Test
    void a_receiver_that_fails_gets_retries_with_the_same_webhook_id_until_it_answers() throws Exception {
        String programme = newProgrammeCode();
        receiver.failFirst("/flaky", 2, 503);
        Registered subscription = register(Tokens.admin(), "/flaky", programme);

        publish(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme));

        List<Received> received = await().until(() -> receiver.at("/flaky"), list -> list.size() == 3);
        assertThat(received).extracting(request -> request.header("webhook-id")).containsOnly(received.get(0).header("webhook-id"));
        assertThat(received).allMatch(request -> verifier(subscription.secret()).verify(request.header("webhook-id"),
                request.header("webhook-timestamp"), request.header("webhook-signature"), request.body(), Instant.now()));
        await().untilAsserted(() -> mvc.perform(get("/api/webhooks/deliveries")
                        .param("subscriptionId", subscription.id()).with(Tokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$.content[0].attemptCount").value(3))
                .andExpect(jsonPath("$.content[0].attempts[0].outcome").value("FAILED"))
                .andExpect(jsonPath("$.content[0].attempts[0].statusCode").value(503))
                .andExpect(jsonPath("$.content[0].attempts[0].error").value("The receiver answered 503."))
                .andExpect(jsonPath("$.content[0].attempts[2].outcome").value("DELIVERED")));
    }

    @Test
    void a_receiver_that_always_fails_ends_in_dead_letter_and_a_redelivery_sends_it_again() throws Exception {
        String programme = newProgrammeCode();
        receiver.alwaysFail("/dead", 500);
        Registered subscription = register(Tokens.admin(), "/dead", programme);

        publish(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme));

        await().until(() -> receiver.at("/dead"), list -> list.size() == 4);
        String deliveryId = receiver.at("/dead").get(0).header("webhook-id");
        await().untilAsserted(() -> mvc.perform(get("/api/webhooks/deliveries/" + deliveryId).with(Tokens.admin()))
                .andExpect(jsonPath("$.status").value("DEAD_LETTER"))
                .andExpect(jsonPath("$.attemptCount").value(4))
                .andExpect(jsonPath("$.nextAttemptAt").doesNotExist()));
        mvc.perform(get("/api/webhooks/deliveries").param("status", "DEAD_LETTER")
                        .param("subscriptionId", subscription.id()).with(Tokens.admin()))
                .andExpect(jsonPath("$.content[0].id").value(deliveryId));
        Thread.sleep(300);
        assertThat(receiver.at("/dead")).hasSize(4); // the last attempt was the last

        receiver.succeed("/dead");
        mvc.perform(post("/api/webhooks/deliveries/" + deliveryId + "/redeliver").with(Tokens.admin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PENDING"));

        Received again = await().until(() -> receiver.at("/dead"), list -> list.size() == 5).get(4);
        assertThat(again.header("webhook-id")).isEqualTo(deliveryId);
        assertThat(verifier(subscription.secret()).verify(again.header("webhook-id"), again.header("webhook-timestamp"),
                again.header("webhook-signature"), again.body(), Instant.now())).isTrue();
        await().untilAsserted(() -> mvc.perform(get("/api/webhooks/deliveries/" + deliveryId).with(Tokens.admin()))
                .andExpect(jsonPath("$.status").value("DELIVERED"))
                .andExpect(jsonPath("$.attemptCount").value(5)));
    }

    @Test
    void a_redelivery_by_time_range_sends_that_ranges_events_again() throws Exception {
        String programme = newProgrammeCode();
        Registered subscription = register(Tokens.admin(), "/range", programme);
        CloudEvent first = SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme);
        CloudEvent second = SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme);
        publish(first);
        publish(second);
        List<Received> delivered = await().until(() -> receiver.at("/range"), list -> list.size() == 2);
        awaitAllSettled(subscription.id());
        Instant eventTime = first.getTime().toInstant();

        mvc.perform(post("/api/webhooks/subscriptions/" + subscription.id() + "/redeliver").with(Tokens.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + eventTime.plusSeconds(1) + "\",\"to\":\"" + eventTime.plusSeconds(60) + "\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.redelivered").value(0));
        mvc.perform(post("/api/webhooks/subscriptions/" + subscription.id() + "/redeliver").with(Tokens.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + eventTime.minusSeconds(60) + "\",\"to\":\"" + eventTime.plusSeconds(1) + "\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.redelivered").value(2));

        List<Received> all = await().until(() -> receiver.at("/range"), list -> list.size() == 4);
        assertThat(all.subList(2, 4)).extracting(request -> request.header("webhook-id"))
                .containsExactlyInAnyOrderElementsOf(delivered.stream().map(request -> request.header("webhook-id")).toList());
        assertThat(all.subList(2, 4)).extracting(request -> request.header("ce-id"))
                .containsExactlyInAnyOrder(first.getId(), second.getId());
        mvc.perform(post("/api/webhooks/subscriptions/" + subscription.id() + "/redeliver").with(Tokens.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + eventTime + "\",\"to\":\"" + eventTime + "\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void a_hanging_receiver_does_not_delay_another_receivers_deliveries() throws Exception {
        String programme = newProgrammeCode();
        receiver.hang("/hangs");
        register(Tokens.admin(), "/hangs", programme);
        register(Tokens.admin(), "/prompt", programme);

        publish(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme));
        publish(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme));

        // Both of the prompt receiver's deliveries arrive while the hanging one still holds its first request (its
        // response timeout is 3 s): neither the listener nor the other lane waited for it.
        Received hung = await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/hangs"), list -> !list.isEmpty()).get(0);
        List<Received> prompt = await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/prompt"), list -> list.size() == 2);
        assertThat(prompt.get(1).at()).isBefore(hung.at().plus(Duration.ofSeconds(3)));
        assertThat(receiver.at("/hangs")).hasSize(1); // one in flight per subscription: its second delivery waits
    }

    @Test
    void registrations_aimed_at_loopback_or_private_addresses_are_refused() throws Exception {
        mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(registration("http://127.0.0.1:" + receiver.port() + "/x", PLANNED)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("127.0.0.1, a loopback address")))
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(registration("http://10.0.0.1/hook", PLANNED)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("10.0.0.1, a private address")));
        mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(registration("http://[::ffff:10.0.0.1]/hook", PLANNED)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/webhooks/subscriptions").with(Tokens.admin()))
                .andExpect(jsonPath("$[*].url", not(hasItem("http://10.0.0.1/hook"))));
    }

    @Test
    void a_target_that_resolves_to_a_private_address_after_registration_is_refused_at_delivery_and_not_sent() throws Exception {
        String programme = newProgrammeCode();
        RESOLVED.put("rebinding.example", "93.184.215.14"); // public at registration
        String id = JsonPath.read(mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registration("http://rebinding.example/hook", PLANNED, programme)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        RESOLVED.put("rebinding.example", "10.0.0.7"); // private by the time of delivery

        publish(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme));

        await().untilAsserted(() -> mvc.perform(get("/api/webhooks/deliveries").param("subscriptionId", id).with(Tokens.admin()))
                .andExpect(jsonPath("$.content[0].status").value("DEAD_LETTER"))
                .andExpect(jsonPath("$.content[0].attempts[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$.content[0].attempts[0].statusCode").doesNotExist())
                .andExpect(jsonPath("$.content[0].lastError", containsString("10.0.0.7, a private address"))));
    }

    @Test
    void after_a_rotation_both_secrets_sign_until_the_overlap_ends() throws Exception {
        String programme = newProgrammeCode();
        Registered subscription = register(Tokens.admin(), "/rotated", programme);

        String rotation = mvc.perform(post("/api/webhooks/subscriptions/" + subscription.id() + "/secret/rotate").with(Tokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret", startsWith("whsec_")))
                .andExpect(jsonPath("$.previousSecretUntil").exists())
                .andReturn().getResponse().getContentAsString();
        String newSecret = JsonPath.read(rotation, "$.secret");
        assertThat(newSecret).isNotEqualTo(subscription.secret());
        Instant overlapEnds = Instant.parse(JsonPath.read(rotation, "$.previousSecretUntil"));
        assertThat(overlapEnds).isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        publish(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme));

        Received received = await().until(() -> receiver.at("/rotated"), list -> !list.isEmpty()).get(0);
        assertThat(received.header("webhook-signature").split(" ")).hasSize(2);
        for (String secret : List.of(newSecret, subscription.secret())) {
            assertThat(verifier(secret).verify(received.header("webhook-id"), received.header("webhook-timestamp"),
                    received.header("webhook-signature"), received.body(), Instant.now())).as(secret).isTrue();
        }
    }

    @Test
    void a_paused_subscription_gets_nothing_and_its_events_can_be_sent_after_resuming() throws Exception {
        String programme = newProgrammeCode();
        Registered subscription = register(Tokens.admin(), "/paused", programme);
        mvc.perform(post("/api/webhooks/subscriptions/" + subscription.id() + "/pause").with(Tokens.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PAUSED"));
        CloudEvent event = SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme);

        publish(event);

        await().untilAsserted(() -> mvc.perform(get("/api/webhooks/deliveries").param("subscriptionId", subscription.id())
                        .with(Tokens.admin()))
                .andExpect(jsonPath("$.content[0].status").value("PAUSED")));
        mvc.perform(post("/api/webhooks/subscriptions/" + subscription.id() + "/resume").with(Tokens.admin()))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        Instant time = event.getTime().toInstant();
        mvc.perform(post("/api/webhooks/subscriptions/" + subscription.id() + "/redeliver").with(Tokens.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + time + "\",\"to\":\"" + time.plusSeconds(1) + "\"}"))
                .andExpect(jsonPath("$.redelivered").value(1));
        Received received = await().until(() -> receiver.at("/paused"), list -> !list.isEmpty()).get(0);
        assertThat(received.header("ce-id")).isEqualTo(event.getId());
    }

    @Test
    void only_programme_admins_and_integration_clients_manage_webhooks_and_a_client_sees_only_its_own() throws Exception {
        mvc.perform(get("/api/webhooks/subscriptions").with(Tokens.regionReporter("reporter-09", "09")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.viewer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":1}"))
                .andExpect(status().isForbidden()); // refused before the body is looked at
        mvc.perform(get("/api/webhooks/deliveries").with(Tokens.verifier())).andExpect(status().isForbidden());

        String programme = newProgrammeCode();
        RequestPostProcessor clientA = Tokens.user("integration-a", "integration-client");
        RequestPostProcessor clientB = Tokens.user("integration-b", "integration-client");
        Registered ofA = register(clientA, "/client-a", programme);
        publish(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), programme));
        String deliveryId = await().until(() -> receiver.at("/client-a"), list -> !list.isEmpty()).get(0).header("webhook-id");

        mvc.perform(get("/api/webhooks/subscriptions").with(clientA))
                .andExpect(jsonPath("$[*].id", hasItem(ofA.id())))
                .andExpect(jsonPath("$[*].owner", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("integration-a"))));
        mvc.perform(get("/api/webhooks/subscriptions").with(clientB))
                .andExpect(jsonPath("$[*].id", not(hasItem(ofA.id()))));
        mvc.perform(get("/api/webhooks/subscriptions").with(Tokens.admin()))
                .andExpect(jsonPath("$[*].id", hasItem(ofA.id())));
        mvc.perform(get("/api/webhooks/subscriptions/" + ofA.id()).with(clientB)).andExpect(status().isNotFound());
        mvc.perform(post("/api/webhooks/subscriptions/" + ofA.id() + "/secret/rotate").with(clientB)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/webhooks/subscriptions/" + ofA.id()).with(clientB)).andExpect(status().isNotFound());
        mvc.perform(get("/api/webhooks/deliveries/" + deliveryId).with(clientB)).andExpect(status().isNotFound());
        mvc.perform(post("/api/webhooks/deliveries/" + deliveryId + "/redeliver").with(clientB)).andExpect(status().isNotFound());
        mvc.perform(get("/api/webhooks/deliveries").with(clientB))
                .andExpect(jsonPath("$.content[*].id", not(hasItem(deliveryId))));
        await().untilAsserted(() -> mvc.perform(get("/api/webhooks/deliveries").with(clientA))
                .andExpect(jsonPath("$.content[*].id", hasItem(deliveryId))));
        mvc.perform(get("/api/webhooks/deliveries").param("size", "200").with(Tokens.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem(deliveryId)));
        mvc.perform(get("/api/webhooks/deliveries").param("from", Instant.now().minusSeconds(600).toString())
                        .param("to", Instant.now().plusSeconds(60).toString()).param("size", "200").with(Tokens.admin()))
                .andExpect(jsonPath("$.content[*].id", hasItem(deliveryId)))
                .andExpect(jsonPath("$.page.totalElements").isNumber());
        mvc.perform(get("/api/webhooks/deliveries").param("from", Instant.now().plusSeconds(60).toString()).with(Tokens.admin()))
                .andExpect(jsonPath("$.content.length()").value(0));

        mvc.perform(delete("/api/webhooks/subscriptions/" + ofA.id()).with(clientA)).andExpect(status().isNoContent());
        mvc.perform(get("/api/webhooks/subscriptions/" + ofA.id()).with(Tokens.admin())).andExpect(status().isNotFound());
    }

    @Test
    void only_public_event_types_can_be_subscribed_to() throws Exception {
        mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(registration(receiver.url("/internal"), "fi.tiekartta.roadmap.import-accepted.v1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("eventTypes"))
                .andExpect(jsonPath("$.detail", containsString("is not a public event type")));
        mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + receiver.url("/x") + "\",\"eventTypes\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + receiver.url("/x") + "\",\"eventTypes\":[\"" + PLANNED + "\"],\"secret\":\"x\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_registration_retried_with_the_same_idempotency_key_makes_one_subscription() throws Exception {
        String body = registration(receiver.url("/idempotent"), PLANNED, newProgrammeCode());
        String key = UUID.randomUUID().toString();

        String first = mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String retried = mvc.perform(post("/api/webhooks/subscriptions").with(Tokens.admin()).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Idempotent-Replayed"))
                .andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(retried, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat((String) JsonPath.read(retried, "$.secret")).isEqualTo(JsonPath.read(first, "$.secret"));
    }

    private record Registered(String id, String secret) {
    }

    private Registered register(RequestPostProcessor who, String path, String programmeCode) throws Exception {
        String answer = mvc.perform(post("/api/webhooks/subscriptions").with(who).contentType(MediaType.APPLICATION_JSON)
                        .content(registration(receiver.url(path), PLANNED, programmeCode)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.secret", startsWith("whsec_")))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        return new Registered(JsonPath.read(answer, "$.id"), JsonPath.read(answer, "$.secret"));
    }

    private static String registration(String url, String type) {
        return "{\"url\":\"" + url + "\",\"eventTypes\":[\"" + type + "\"]}";
    }

    private static String registration(String url, String type, String programmeCode) {
        return "{\"url\":\"" + url + "\",\"eventTypes\":[\"" + type + "\"],\"programmeCode\":\"" + programmeCode
                + "\",\"description\":\"test receiver\"}";
    }

    private void publish(CloudEvent event) {
        kafka.send(new ProducerRecord<>(MilestoneEvents.PLANNED.topic(), event.getSubject(), event)).join();
    }

    private void awaitAllSettled(String subscriptionId) {
        await().untilAsserted(() -> mvc.perform(get("/api/webhooks/deliveries").param("subscriptionId", subscriptionId)
                        .param("status", "PENDING").with(Tokens.admin()))
                .andExpect(jsonPath("$.content.length()").value(0)));
    }

    private static WebhookVerifier verifier(String secret) {
        return new WebhookVerifier(new SigningSecret(secret), Duration.ofMinutes(5));
    }

    private static String newProgrammeCode() {
        return "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
