package fi.tiekartta.gateway;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer the gateway makes itself is problem+json, whichever layer makes it (Netty's decoder, the firewall,
 * WebFlux, security, the gateway's filters), and carries the security headers and a request id; a refused token
 * says why; the request id and the W3C trace context reach the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a log line written while a request is routed, for the correlation test
        properties = "logging.level.org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping=debug")
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class GatewayProblemsTest {

    static final String ISSUER = "http://127.0.0.1:9/realms/tiekartta";
    static final KeyPair KEYS = TestSigningKeys.newKeys();
    static final StandInService PROGRAMMES = new StandInService("programme-service");

    @Autowired
    WebTestClient client;

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("PROGRAMME_SERVICE_URL", PROGRAMMES::url);
        registry.add("OIDC_ISSUER_URI", () -> ISSUER);
        registry.add("WEB_UI_URL", () -> "http://127.0.0.1:9");
    }

    /** Checks what the production decoder checks: signature, time, issuer and audience. */
    @TestConfiguration
    static class TestKeys {
        @Bean
        ReactiveJwtDecoder jwtDecoder() {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new JwtIssuerValidator(ISSUER),
                    new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains("tiekartta-api"))));
            return decoder;
        }
    }

    @AfterAll
    static void stop() {
        PROGRAMMES.stop();
    }

    @Test
    void a_missing_token_gets_the_bare_challenge_and_a_problem_saying_a_token_is_required() {
        client.get().uri("/api/programmes").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tiekartta\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("bearer token"));
    }

    @Test
    void a_refused_token_gets_invalid_token_with_a_description_that_says_why() throws Exception {
        Instant soon = Instant.now().plusSeconds(120);
        assertRefused(token(KEYS, soon.minusSeconds(600), ISSUER, "tiekartta-api"), "The token has expired. Get a new one.");
        assertRefused(token(TestSigningKeys.newKeys(), soon, ISSUER, "tiekartta-api"),
                "The token's signature could not be verified with the tiekartta realm's keys.");
        assertRefused(token(KEYS, soon, "http://localhost:8180/realms/tiekartta", "tiekartta-api"),
                "The token was not issued by " + ISSUER + " (its iss claim differs).");
        assertRefused(token(KEYS, soon, ISSUER, "account"),
                "The token is not meant for tiekartta-api (its aud claim does not contain it).");
        assertRefused("not-a-jwt", "The token is not a well-formed JWT.");
    }

    private void assertRefused(String token, String why) {
        client.get().uri("/api/programmes").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer realm=\"tiekartta\", error=\"invalid_token\", error_description=\"" + why.replace('"', '\'') + "\"")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo(why);
    }

    @Test
    void the_request_id_and_the_trace_context_reach_the_service_and_the_id_comes_back() throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(120), ISSUER, "tiekartta-api");
        client.get().uri("/api/programmes/kept").headers(h -> {
                    h.setBearerAuth(token);
                    h.set("X-Request-Id", "client-chosen-42");
                }).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "client-chosen-42");
        StandInService.Seen kept = seen("/api/programmes/kept");
        assertThat(kept.headers()).containsEntry("x-request-id", "client-chosen-42");
        assertThat(kept.headers().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

        String replaced = client.get().uri("/api/programmes/made").headers(h -> {
                    h.setBearerAuth(token);
                    h.set("X-Request-Id", "<script>not an id</script>");
                }).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(replaced).matches("[0-9a-f-]{36}");
        assertThat(seen("/api/programmes/made").headers()).containsEntry("x-request-id", replaced);
    }

    @Test
    void log_lines_written_for_a_request_carry_its_trace_id_span_id_and_request_id(CapturedOutput output) throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(120), ISSUER, "tiekartta-api");
        client.get().uri("/api/programmes/logged").headers(h -> {
                    h.setBearerAuth(token);
                    h.set("X-Request-Id", "log-me-7");
                }).exchange()
                .expectStatus().isOk();
        assertThat(output.getOut()).containsPattern("\\[gateway,[0-9a-f]{32},[0-9a-f]{16},log-me-7\\]");
    }

    private static StandInService.Seen seen(String path) {
        return PROGRAMMES.seen.stream().filter(request -> request.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void an_unknown_api_path_is_404_problem_with_a_request_id() throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(120), ISSUER, "tiekartta-api");
        client.get().uri("/api/no-such-resource").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/no-such-resource")
                .jsonPath("$.requestId").exists();
    }

    @Test
    void a_method_the_gateway_does_not_serve_is_405_problem() {
        client.post().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().value(HttpHeaders.ALLOW, allow -> assertThat(allow).contains("GET"))
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(405);
    }

    @Test
    void a_forbidden_gateway_path_is_403_problem() throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(120), ISSUER, "tiekartta-api");
        client.get().uri("/actuator/env").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void a_body_over_the_limit_is_413_problem_and_roadmap_imports_may_be_larger() throws Exception {
        String token = token(KEYS, Instant.now().plusSeconds(120), ISSUER, "tiekartta-api");
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        client.post().uri("/api/programmes").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(twoMegabytes).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The request body is larger than 1 MB, the most this address accepts.");
        assertThat(PROGRAMMES.seen).extracting(StandInService.Seen::path).doesNotContain("/api/programmes");

        client.post().uri("/api/roadmap-imports").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(twoMegabytes).exchange()
                .expectStatus().isOk();
        client.post().uri("/api/roadmap-imports").headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[11 * 1024 * 1024]).exchange()
                .expectStatus().isEqualTo(413);
    }

    @Test
    void paths_the_firewall_refuses_are_400_problem() throws Exception {
        for (String path : List.of("/api/programmes/%00", "/api/programmes/a%2Fb", "/api/programmes/../../etc/passwd",
                "/api/programmes;x=1")) {
            String answer = StandInService.raw(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).as(path).containsIgnoringCase("content-type: application/problem+json");
            assertThat(answer).as(path).contains("\"status\":400");
        }
        assertThat(PROGRAMMES.seen).extracting(StandInService.Seen::path)
                .noneMatch(path -> path.contains("etc") || path.contains("%") || path.contains(";") || path.endsWith("a/b"));
    }

    @Test
    void a_request_line_or_headers_netty_cannot_take_are_414_and_431_problem() throws Exception {
        String longPath = "/api/programmes/" + "a".repeat(10_000);
        String uriTooLong = StandInService.raw(port, "GET " + longPath + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(uriTooLong).startsWith("HTTP/1.1 414");
        assertThat(uriTooLong).containsIgnoringCase("content-type: application/problem+json");
        assertThat(uriTooLong).contains("\"status\":414");

        String headersTooLarge = StandInService.raw(port,
                "GET /api/programmes HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
        assertThat(headersTooLarge).startsWith("HTTP/1.1 431");
        assertThat(headersTooLarge).contains("\"status\":431");
    }

    @Test
    void answers_carry_the_security_headers_and_no_hsts_over_plain_http() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'").contains("default-src 'self'").contains("script-src 'self'"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin")
                .expectHeader().doesNotExist("Strict-Transport-Security")
                .expectHeader().exists("X-Request-Id");
    }

    @Test
    void a_cross_origin_preflight_is_refused_when_no_origin_is_configured() {
        client.options().uri("/api/programmes")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    static String token(KeyPair keys, Instant expiry, String issuer, String audience) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("sub-viewer").issuer(issuer).audience(audience)
                .claim("roles", List.of("programme-viewer"))
                .issueTime(Date.from(expiry.minusSeconds(300))).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }
}
