package fi.tiekartta.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stopped service, a hung one and a failing one behind the gateway: each is answered with problem+json, the
 * circuit opens, reads are retried and writes are not, a bulkhead caps what one slow service can hold, and the
 * other routes keep answering meanwhile.
 */
@Import(TestSigningKeys.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // a short default response timeout so a hung service is seen in a second (routes without their own)
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
        // the milestones circuit opens after two failed calls
        "resilience4j.circuitbreaker.instances.milestones.minimum-number-of-calls=2",
        "resilience4j.circuitbreaker.instances.milestones.sliding-window-size=2",
        "resilience4j.circuitbreaker.instances.milestones.failure-rate-threshold=50",
        "resilience4j.circuitbreaker.instances.milestones.wait-duration-in-open-state=60s",
        // one request at a time for progress: the bulkhead's limit
        "resilience4j.bulkhead.instances.progress.max-concurrent-calls=1",
        "resilience4j.bulkhead.instances.progress.max-wait-duration=0"})
@AutoConfigureWebTestClient(timeout = "20s")
class ResilienceTest {

    static final KeyPair KEYS = TestSigningKeys.KEYS;
    static final StandInService PROGRAMMES = new StandInService("programme-service");
    static final StandInService WORK_PACKAGES = new StandInService("workpackage-service").hanging();
    static final StandInService REGIONS = new StandInService("region-service").answering(503);
    static final StandInService PROGRESS = new StandInService("progress-service").hanging();
    static final String MILESTONES = StandInService.nothingListening();

    @Autowired
    WebTestClient client;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("PROGRAMME_SERVICE_URL", PROGRAMMES::url);
        registry.add("WORKPACKAGE_SERVICE_URL", WORK_PACKAGES::url);
        registry.add("REGION_SERVICE_URL", REGIONS::url);
        registry.add("PROGRESS_SERVICE_URL", PROGRESS::url);
        registry.add("MILESTONE_SERVICE_URL", () -> MILESTONES);
        registry.add("OIDC_ISSUER_URI", () -> "http://127.0.0.1:9/realms/tiekartta");
        registry.add("WEB_UI_URL", () -> "http://127.0.0.1:9");
    }

    @AfterAll
    static void stop() {
        PROGRAMMES.stop();
        WORK_PACKAGES.stop();
        REGIONS.stop();
        PROGRESS.stop();
    }

    @Test
    void a_stopped_service_answers_503_problem_naming_it_with_retry_after_and_then_its_circuit_opens() throws Exception {
        String token = token();
        for (int call = 0; call < 2; call++) {
            client.get().uri("/api/milestones/7").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals("Retry-After", "10")
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(503)
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("milestone-service is not available"));
        }
        CircuitBreaker breaker = circuitBreakers.circuitBreaker("milestones");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // open: refused without trying the service (a POST too, which is never retried)
        client.post().uri("/api/milestones").headers(h -> h.setBearerAuth(token)).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").value(detail ->
                        assertThat((String) detail).isEqualTo("milestone-service is not available: its recent calls failed. Try again later."));
    }

    @Test
    void a_hung_service_answers_504_problem_after_its_timeout_while_other_routes_keep_answering() throws Exception {
        String token = token();
        Disposable pending = WebClient.create("http://127.0.0.1:" + port).get().uri("/api/work-packages/pending")
                .headers(h -> h.setBearerAuth(token)).retrieve().toBodilessEntity().subscribe(ok -> { }, failed -> { });
        try {
            client.get().uri("/api/programmes/42").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("programme-service:/api/programmes/42");
            client.get().uri("/api/work-packages/9").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isEqualTo(504)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(504)
                    .jsonPath("$.detail").isEqualTo("workpackage-service did not answer within 1 s.");
            client.get().uri("/api/programmes/43").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
        } finally {
            pending.dispose();
        }
    }

    @Test
    void reads_are_retried_on_503_and_writes_are_never_retried() throws Exception {
        String token = token();
        client.get().uri("/api/regions/09").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isEqualTo(503);
        assertThat(REGIONS.count("GET")).isEqualTo(3);
        client.post().uri("/api/regions/09/reports").headers(h -> h.setBearerAuth(token)).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503);
        client.put().uri("/api/national-indicators/x").headers(h -> h.setBearerAuth(token)).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503);
        assertThat(REGIONS.count("POST")).isEqualTo(1);
        assertThat(REGIONS.count("PUT")).isEqualTo(1);
    }

    @Test
    void a_route_at_its_concurrency_limit_answers_503_at_once_and_the_others_keep_answering() throws Exception {
        String token = token();
        Disposable holding = WebClient.create("http://127.0.0.1:" + port).get().uri("/api/progress/programmes")
                .headers(h -> h.setBearerAuth(token)).retrieve().toBodilessEntity().subscribe(ok -> { }, failed -> { });
        try {
            waitUntil(() -> PROGRESS.count("GET") >= 1);
            client.get().uri("/api/progress/dashboard").headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "1")
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isEqualTo("progress-service is busy with other requests. Try again shortly.");
            assertThat(PROGRESS.seen).extracting(StandInService.Seen::path).doesNotContain("/api/progress/dashboard");
            client.get().uri("/api/programmes/1").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
        } finally {
            holding.dispose();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static String token() throws Exception {
        return GatewayRoutingTest.token(KEYS, Instant.now().plusSeconds(120));
    }
}
