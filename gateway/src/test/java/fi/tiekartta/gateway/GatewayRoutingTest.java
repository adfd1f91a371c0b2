package fi.tiekartta.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against three stand-in services (plain JDK HTTP servers that record what reaches them),
 * with JWTs signed by a key the test owns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSigningKeys.class)
@AutoConfigureWebTestClient
class GatewayRoutingTest {

    static final KeyPair KEYS = TestSigningKeys.KEYS;
    static final Backend PROGRAMMES = new Backend("programme-service");
    static final Backend PROGRESS = new Backend("progress-service");
    static final Backend REGIONS = new Backend("region-service");
    static final Backend INTEGRATIONS = new Backend("integration-service");
    static final Backend NOTIFICATIONS = new Backend("notification-service");

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("PROGRAMME_SERVICE_URL", PROGRAMMES::url);
        registry.add("PROGRESS_SERVICE_URL", PROGRESS::url);
        registry.add("REGION_SERVICE_URL", REGIONS::url);
        registry.add("INTEGRATION_SERVICE_URL", INTEGRATIONS::url);
        registry.add("NOTIFICATION_SERVICE_URL", NOTIFICATIONS::url);
        // Nothing here logs in through a browser or reaches the web UI: addresses where nothing listens, so the
        // test never talks to a developer's Keycloak or web UI on the default ports.
        registry.add("OIDC_ISSUER_URI", () -> "http://127.0.0.1:9/realms/tiekartta");
        registry.add("WEB_UI_URL", () -> "http://127.0.0.1:9");
    }

    @BeforeEach
    void forget() {
        PROGRAMMES.requests.clear();
        PROGRESS.requests.clear();
        REGIONS.requests.clear();
        INTEGRATIONS.requests.clear();
        NOTIFICATIONS.requests.clear();
    }

    @AfterAll
    static void stop() {
        PROGRAMMES.server.stop(0);
        PROGRESS.server.stop(0);
        REGIONS.server.stop(0);
        INTEGRATIONS.server.stop(0);
        NOTIFICATIONS.server.stop(0);
    }

    @Test
    void the_event_stream_webhooks_and_notifications_reach_their_services() throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(60));
        for (String path : new String[] {"/api/events/stream", "/api/events", "/api/webhooks/subscriptions",
                "/api/webhooks/deliveries/7"}) {
            client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("integration-service:" + path);
        }
        for (String path : new String[] {"/api/notifications", "/api/notifications/preferences"}) {
            client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("notification-service:" + path);
        }
        assertThat(PROGRAMMES.requests).isEmpty();
        assertThat(PROGRESS.requests).isEmpty();
    }

    @Test
    void without_a_token_the_gateway_answers_401_problem_and_no_service_is_called() {
        client.post().uri("/api/programmes").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("WWW-Authenticate", value -> assertThat(value).startsWith("Bearer"))
                .expectBody().jsonPath("$.status").isEqualTo(401);
        assertThat(PROGRAMMES.requests).isEmpty();
    }

    @Test
    void a_forged_or_expired_token_is_refused() throws Exception {
        KeyPair otherKeys = TestSigningKeys.newKeys();
        String forged = token(otherKeys, Instant.now().plusSeconds(60));
        String expired = token(KEYS, Instant.now().minusSeconds(120));
        client.get().uri("/api/progress/programmes").headers(h -> h.setBearerAuth(forged)).exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/progress/programmes").headers(h -> h.setBearerAuth(expired)).exchange().expectStatus().isUnauthorized();
        assertThat(PROGRESS.requests).isEmpty();
    }

    @Test
    void a_valid_token_is_routed_to_the_owning_service_with_the_token_and_forwarded_headers() throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(60));
        client.get().uri("/api/programmes/42").headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("programme-service:/api/programmes/42");
        client.get().uri("/api/progress/programmes?page=1").headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("progress-service:/api/progress/programmes");

        client.post().uri("/api/roadmap-imports").headers(h -> h.setBearerAuth(token)).bodyValue("format: tiekartta-roadmap/v1")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("programme-service:/api/roadmap-imports");
        Map<String, String> received = PROGRAMMES.requests.get("/api/programmes/42");
        assertThat(received).containsEntry("authorization", "Bearer " + token);
        assertThat(received).containsKey("x-forwarded-host");
        assertThat(PROGRESS.requests).containsKey("/api/progress/programmes");
    }

    @Test
    void regions_reporting_rounds_and_national_indicators_are_routed_to_region_service() throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(60));
        for (String path : List.of("/api/regions/09", "/api/regions/09/reports", "/api/cooperation-areas", "/api/reporting-rounds",
                "/api/reporting-rounds/7/reports", "/api/reporting-measures",
                "/api/national-indicators", "/api/national-indicators/42/history")) {
            client.get().uri(path).headers(h -> h.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("region-service:" + path);
        }
        client.post().uri("/api/national-indicators").headers(h -> h.setBearerAuth(token)).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("region-service:/api/national-indicators");
        assertThat(REGIONS.requests.get("/api/national-indicators")).containsEntry("authorization", "Bearer " + token);
        client.get().uri("/api/national-indicators").exchange().expectStatus().isUnauthorized();
        assertThat(PROGRAMMES.requests).isEmpty();
    }

    @Test
    void unknown_api_paths_and_the_other_actuator_endpoints_are_not_served() throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(60));
        client.get().uri("/actuator/env").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isForbidden();
        client.get().uri("/api/no-such-resource").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isNotFound();
        // Every other path is the web UI's (BrowserLoginTest): without a session or a token, 401 for a non-browser.
        client.get().uri("/internal/anything").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_services_openapi_document_is_public_and_routed_to_its_api_docs() {
        client.get().uri("/v3/api-docs/programme-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("programme-service:/v3/api-docs");
        assertThat(PROGRAMMES.requests).containsKey("/v3/api-docs");
    }

    @Test
    void the_swagger_ui_is_public_and_lists_the_seven_services() {
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().location("/swagger-ui/index.html");
        client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(7)
                .jsonPath("$['urls.primaryName']").isEqualTo("programme-service")
                .jsonPath("$.urls[?(@.name == 'programme-service')].url").isEqualTo("/v3/api-docs/programme-service")
                .jsonPath("$.urls[?(@.name == 'integration-service')].url").isEqualTo("/v3/api-docs/integration-service")
                .jsonPath("$.urls[?(@.name == 'notification-service')].url").isEqualTo("/v3/api-docs/notification-service");
    }

    @Test
    void health_is_public() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    static String token(KeyPair keys, Instant expiry) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("sub-viewer").claim("preferred_username", "viewer")
                .claim("roles", List.of("programme-viewer")).audience("tiekartta-api")
                .issueTime(Date.from(expiry.minusSeconds(300))).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    /** A stand-in service that answers "name:path" and records each request's headers by path. */
    static final class Backend {
        final HttpServer server;
        final Map<String, Map<String, String>> requests = new ConcurrentHashMap<>();

        Backend(String name) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                Map<String, String> headers = new ConcurrentHashMap<>();
                exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(), values.get(0)));
                requests.put(exchange.getRequestURI().getPath(), headers);
                byte[] body = (name + ":" + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }
    }
}
