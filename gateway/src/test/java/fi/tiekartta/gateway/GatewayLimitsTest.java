package fi.tiekartta.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with settings an operator would change: a tiny rate limit (so the test can pass it), an allowed CORS
 * origin, and a TLS-terminating proxy in front (forwarded headers believed).
 */
@Import(TestSigningKeys.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tiekartta.gateway.rate-limit.replenish-rate=1",
        "tiekartta.gateway.rate-limit.burst-capacity=3",
        "tiekartta.gateway.cors.allowed-origins=https://app.example",
        "server.forward-headers-strategy=native"})
@AutoConfigureWebTestClient
class GatewayLimitsTest {

    static final KeyPair KEYS = TestSigningKeys.KEYS;
    static final StandInService PROGRAMMES = new StandInService("programme-service");
    static final StandInService PROGRESS = new StandInService("progress-service");

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("PROGRAMME_SERVICE_URL", PROGRAMMES::url);
        registry.add("PROGRESS_SERVICE_URL", PROGRESS::url);
        registry.add("OIDC_ISSUER_URI", () -> "http://127.0.0.1:9/realms/tiekartta");
        registry.add("WEB_UI_URL", () -> "http://127.0.0.1:9");
    }

    @AfterAll
    static void stop() {
        PROGRAMMES.stop();
        PROGRESS.stop();
    }

    @Test
    void a_client_over_its_limit_gets_429_problem_with_retry_after_and_the_service_is_not_called() throws Exception {
        String token = GatewayRoutingTest.token(KEYS, Instant.now().plusSeconds(120));
        List<EntityExchangeResult<byte[]>> answers = new ArrayList<>();
        for (int request = 0; request < 10; request++) {
            answers.add(client.get().uri("/api/programmes/limited").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectBody().returnResult());
        }
        EntityExchangeResult<byte[]> refused = answers.stream()
                .filter(answer -> answer.getStatus().value() == 429).findFirst().orElseThrow();
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Integer.parseInt(refused.getResponseHeaders().getFirst("Retry-After"))).isPositive();
        assertThat(new String(refused.getResponseBody())).contains("\"status\":429").contains("Too many requests");
        long passed = answers.stream().filter(answer -> answer.getStatus().value() == 200).count();
        assertThat(PROGRAMMES.seen.stream().filter(seen -> seen.path().equals("/api/programmes/limited")).count()).isEqualTo(passed);
    }

    @Test
    void health_and_the_change_stream_are_not_limited() throws Exception {
        for (int request = 0; request < 10; request++) {
            client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        }
        String token = GatewayRoutingTest.token(KEYS, Instant.now().plusSeconds(120));
        for (int request = 0; request < 10; request++) {
            client.get().uri("/api/progress/stream").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
        }
    }

    @Test
    void a_configured_origin_may_make_cross_origin_requests_and_others_may_not() {
        client.options().uri("/api/programmes")
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example");
        client.options().uri("/api/programmes")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void behind_a_tls_proxy_answers_carry_strict_transport_security() {
        client.get().uri("/actuator/health").header("X-Forwarded-Proto", "https").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Strict-Transport-Security", hsts -> assertThat(hsts).contains("max-age="));
        client.get().uri("/actuator/health").exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }
}
