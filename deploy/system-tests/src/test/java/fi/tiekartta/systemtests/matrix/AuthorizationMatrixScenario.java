package fi.tiekartta.systemtests.matrix;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The end-to-end authorization matrix of issue 12, through the gateway with real Keycloak tokens: every endpoint of
 * {@code matrix/endpoints.txt} as every {@link Role}, with a valid and an invalid body for writes; a refused caller
 * gets 401 or 403 (problem+json) before its body is read, and its request changes nothing; an allowed one gets the
 * row's answer. Then the tokens the gateway must refuse (missing, expired, tampered, {@code alg: none}, another
 * realm's, another audience's), operator injection in bodies and query strings, and oversized bodies.
 * A tier runs it as a {@code @Nested} class on the stack it has started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class AuthorizationMatrixScenario {

    /** The gateway's JWT validation allows this much clock skew (Spring Security's default) before a token expires. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int OVERSIZED = 20 * 1024 * 1024;

    private Http http;
    private RealmTokens tokens;
    private Fixtures fixtures;
    private String shortLived;

    /** Base URL of the running tier's gateway, e.g. {@code http://localhost:18080}. */
    protected abstract String gatewayUrl();

    /** The realm's issuer URL, as the tier's apps are configured with it. */
    protected abstract String issuer();

    /** The repository, for the seed files some rows send. */
    protected abstract Path repository();

    @BeforeAll
    public void findTheSeededResourcesAndAskForATokenThatWillExpire() {
        http = new Http(gatewayUrl());
        tokens = new RealmTokens(issuer());
        fixtures = Fixtures.resolve(http, tokens, repository());
        new TestClients(tokens).create();
        shortLived = tokens.password(TestClients.SHORT_LIVED, "viewer");
    }

    /** The short-lived token works while fresh: so the 401 it gets later ({@link #anExpiredTokenIsRefused}) is its expiry's. */
    @Test
    @Order(1)
    public void theShortLivedClientsTokenIsAcceptedWhileFresh() {
        assertThat(RealmTokens.claims(shortLived).path("aud").toString()).contains("tiekartta-api");
        assertThat(http.get("/api/programmes", shortLived).status()).isEqualTo(200);
    }

    @TestFactory
    @Order(2)
    public Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheMatrixSays() {
        return AuthorizationMatrix.endpoints().stream()
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.title(), () -> check(endpoint)));
    }

    private void check(Endpoint endpoint) {
        List<String> wrong = new ArrayList<>();
        String before = probe(endpoint);
        for (Role role : Role.values()) {
            for (Body body : endpoint.bodies()) {
                Expected expected = endpoint.expected(role, body);
                if (expected.outcome() != Expected.Outcome.ALLOWED) {
                    send(endpoint, role, body, expected, wrong);
                }
            }
        }
        String after = probe(endpoint);
        if (!before.equals(after)) {
            wrong.add("refused requests changed " + endpoint.probe().orElseThrow() + ": " + before + " -> " + after);
        }
        for (Role role : Role.values()) {
            for (Body body : endpoint.bodies()) {
                Expected expected = endpoint.expected(role, body);
                if (expected.outcome() == Expected.Outcome.ALLOWED) {
                    send(endpoint, role, body, expected, wrong);
                }
            }
        }
        assertThat(wrong).as(endpoint.title()).isEmpty();
    }

    private void send(Endpoint endpoint, Role role, Body body, Expected expected, List<String> wrong) {
        String path = fixtures.fill(endpoint.path());
        byte[] bytes = null;
        String type = endpoint.contentType();
        if (body == Body.INVALID) {
            bytes = fixtures.body("invalid.json");
            type = "application/json";
        } else if (endpoint.body().isPresent()) {
            bytes = fixtures.body(endpoint.body().get());
        }
        Http.Answer answer = http.send(endpoint.method(), path, tokens.of(role), bytes, type, Map.of("Accept", endpoint.accept()));
        String who = role.label() + (endpoint.bodies().size() > 1 ? " with a " + body.name().toLowerCase() + " body" : "");
        if (!expected.isMetBy(answer.status())) {
            wrong.add(who + ": expected " + expected + ", got " + answer.status() + " " + abbreviated(answer.body()));
        } else if (expected.outcome() != Expected.Outcome.ALLOWED && !answer.contentType().startsWith(PROBLEM_JSON)) {
            wrong.add(who + ": " + answer.status() + " without problem+json (Content-Type: " + answer.contentType() + ")");
        }
    }

    /** What a refused request must not change: an ETag, a JSON value, or a whole body, as the viewer (or probeAs) reads it. */
    private String probe(Endpoint endpoint) {
        if (endpoint.probe().isEmpty()) {
            return "";
        }
        String[] probe = fixtures.fill(endpoint.probe().get()).split("#", 2);
        Http.Answer answer = http.get(probe[0], tokens.of(endpoint.probeAs()));
        assertThat(answer.status()).as("probe %s: %s", probe[0], answer.body()).isEqualTo(200);
        return switch (probe[1]) {
            case "ETag" -> answer.header("ETag");
            case "" -> answer.body();
            default -> Fixtures.json(answer).at(probe[1]).toString();
        };
    }

    /** Tokens the gateway must refuse, on a read and on a write, each with the RFC 6750 challenge and problem+json. */
    @TestFactory
    @Order(3)
    public Stream<DynamicTest> forgedAndForeignTokensAreRefusedWith401() {
        String viewer = tokens.of(Role.VIEWER);
        String admin = tokens.of(Role.ADMIN);
        ForgedTokens forged = new ForgedTokens();
        String otherAudience = tokens.password(TestClients.OTHER_AUDIENCE, "stm-admin");
        assertThat(RealmTokens.claims(otherAudience).path("aud").toString()).as("precondition: another audience")
                .doesNotContain("tiekartta-api");
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("missing", null);
        refused.put("not a JWT", "not-a-jwt");
        refused.put("tampered signature", ForgedTokens.withBrokenSignature(admin));
        refused.put("claims changed under the signature (viewer raised to admin)", ForgedTokens.withRolesRaisedToAdmin(viewer));
        refused.put("alg=none", ForgedTokens.unsigned(viewer));
        refused.put("foreign realm (another issuer and key)", forged.signedByForeignKey(admin,
                tokens.keycloak() + "/realms/foreign", "foreign-key"));
        refused.put("our issuer and key id, signed by another key", forged.signedByForeignKey(admin, tokens.issuer(),
                ForgedTokens.keyId(admin)));
        refused.put("wrong audience (signed by the realm, without tiekartta-api)", otherAudience);
        return refused.entrySet().stream().map(token -> DynamicTest.dynamicTest(token.getKey(), () -> {
            String count = programmeCount();
            assertRefusedAsUnauthenticated(http.get("/api/programmes", token.getValue()));
            assertRefusedAsUnauthenticated(http.send("POST", "/api/programmes", token.getValue(),
                    fixtures.body("programme.json"), "application/json", Map.of()));
            assertThat(programmeCount()).as("nothing created").isEqualTo(count);
        }));
    }

    /** Last: a token of the short-lived client, accepted earlier, once past its expiry and the allowed clock skew. */
    @Test
    @Order(9)
    public void anExpiredTokenIsRefused() {
        Instant expiry = Instant.ofEpochSecond(RealmTokens.claims(shortLived).path("exp").asLong());
        await("the short-lived token past its expiry and the clock skew").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(expiry.plus(CLOCK_SKEW).plusSeconds(5)));
        assertRefusedAsUnauthenticated(http.get("/api/programmes", shortLived));
    }

    private static void assertRefusedAsUnauthenticated(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).as("RFC 6750 challenge").startsWith("Bearer");
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    }

    /** Query operators in bodies, read by a caller allowed to write: a 400 problem, and nothing stored or changed. */
    @Test
    @Order(4)
    public void operatorsInBodiesAreRefusedAndChangeNothing() {
        String admin = tokens.of(Role.ADMIN);
        String reporter = tokens.of(Role.REPORTER_OWN);
        String programme = "/api/programmes/" + fixtures.get("programme");
        String etag = http.get(programme, admin).header("ETag");
        String programmes = programmeCount();
        String reports = count("/api/regions/09/reports?size=1&roundId=" + fixtures.get("round"));
        String indicators = count("/api/national-indicators?size=1");
        String rounds = count("/api/reporting-rounds?size=1");

        assertBadRequest(http.send("POST", "/api/programmes", admin, bytes("""
                {"code":{"$gt":""},"names":{"fi":"Injektio"},"level":"NATIONAL","ownerOrganisation":"STM"}"""),
                "application/json", Map.of()));
        assertBadRequest(http.send("PUT", programme, admin, bytes("""
                {"code":"SHKO","names":{"fi":{"$ne":null}},"level":"NATIONAL","ownerOrganisation":{"$ne":""}}"""),
                "application/json", Map.of("If-Match", etag)));
        assertBadRequest(http.send("POST", "/api/regions/09/reports", reporter, bytes("""
                {"roundId":{"$ne":null},"measureId":{"$gt":""},"level":"PLANNING"}"""), "application/json", Map.of()));
        assertBadRequest(http.send("POST", "/api/national-indicators", admin, bytes(fixtures.fill("""
                {"programmeId":{"$gt":""},"title":{"fi":"Injektio"},"observedPeriod":"2020-09",\
                "unitOfObservation":{"fi":"alue"},"total":2,"categories":[{"key":"ALL","label":{"fi":"Kaikki"},"count":2}],\
                "source":{"citation":{"fi":"THL"}}}""")), "application/json", Map.of()));
        assertBadRequest(http.send("POST", "/api/reporting-rounds", admin, bytes(fixtures.fill("""
                {"programmeId":"{programme}","title":{"fi":"Injektio"},"period":"{roundPeriod}","deadline":"{deadline}",\
                "measureIds":{"$in":["{measure}"]},"regionCodes":["09"]}""")), "application/json", Map.of()));

        assertThat(http.get(programme, admin).header("ETag")).as("the programme").isEqualTo(etag);
        assertThat(programmeCount()).as("programmes").isEqualTo(programmes);
        assertThat(count("/api/regions/09/reports?size=1&roundId=" + fixtures.get("round"))).as("reports").isEqualTo(reports);
        assertThat(count("/api/national-indicators?size=1")).as("indicators").isEqualTo(indicators);
        assertThat(count("/api/reporting-rounds?size=1")).as("rounds").isEqualTo(rounds);
    }

    /**
     * Query operators in query strings, as a reader: a value is taken literally (a 4xx, or 200 matching nothing), and
     * a parameter name with an operator is no filter at all (a 4xx, or the unfiltered answer): never a 5xx, never an
     * operator applied.
     */
    @Test
    @Order(5)
    public void operatorsInQueryStringsAreTakenLiterallyOrRefused() {
        String ne = encoded("{\"$ne\":null}");
        String gt = encoded("{\"$gt\":\"\"}");
        assertLiteral("/api/programmes?code=" + ne);
        assertLiteral("/api/milestones?programmeId=" + ne);
        assertLiteral("/api/regions/09/reports?roundId=" + gt);
        assertLiteral("/api/national-indicators?programme=" + ne);
        assertLiteral("/api/work-packages?programmeId=" + gt);
        assertIgnored("/api/programmes?code" + encoded("[$ne]") + "=x", "/api/programmes");
        assertIgnored("/api/reporting-rounds?programme" + encoded("[$ne]") + "=x", "/api/reporting-rounds");
        assertIgnored("/api/milestones?programmeId" + encoded("[$ne]") + "=x", "/api/milestones");
        Http.Answer region = http.get("/api/reporting-rounds/" + fixtures.get("round") + "/reports?region=" + ne,
                tokens.of(Role.VIEWER));
        assertThat(region.status()).as("region must be two digits: %s", region.body()).isEqualTo(400);
        Http.Answer path = http.get("/api/programmes/" + ne, tokens.of(Role.VIEWER));
        assertThat(path.status()).as("an operator as an id: %s", path.body()).isIn(400, 404);
    }

    private void assertLiteral(String path) {
        Http.Answer answer = http.get(path, tokens.of(Role.VIEWER));
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isLessThan(500).isNotIn(401, 403);
        if (answer.status() == 200) {
            assertThat(Fixtures.json(answer).path("content").size()).as("%s matches nothing", path).isZero();
        } else {
            assertThat(answer.status()).as(path).isBetween(400, 499);
        }
    }

    private void assertIgnored(String path, String unfiltered) {
        Http.Answer answer = http.get(path, tokens.of(Role.VIEWER));
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isLessThan(500).isNotIn(401, 403);
        if (answer.status() == 200) {
            assertThat(Fixtures.json(answer).at("/page/totalElements"))
                    .as("%s is no filter", path).isEqualTo(Fixtures.json(http.get(unfiltered, tokens.of(Role.VIEWER))).at("/page/totalElements"));
        }
    }

    /** 20 MB bodies from an allowed caller: 413 problem+json from the gateway, and nothing stored. */
    @Test
    @Order(6)
    public void oversizedBodiesAreRefusedWith413() {
        String admin = tokens.of(Role.ADMIN);
        String programmes = programmeCount();
        String name = "a".repeat(OVERSIZED);
        assertTooLarge(sendLarge("/api/programmes", admin, bytes("""
                {"code":"MX-LARGE","names":{"fi":"%s"},"level":"NATIONAL","ownerOrganisation":"STM"}""".formatted(name)),
                "application/json"));
        assertTooLarge(sendLarge("/api/roadmap-imports", admin, bytes("programmes:\n  - code: MX-LARGE\n    name: " + name + "\n"),
                "application/yaml"));
        assertTooLarge(sendLarge("/api/regions/09/reports", tokens.of(Role.REPORTER_OWN), bytes(fixtures.fill("""
                {"roundId":"{round}","measureId":"{measure}","level":"PLANNING","narrative":{"fi":"%s","original":"fi"}}""")
                .formatted(name)), "application/json"));
        assertThat(programmeCount()).as("nothing stored").isEqualTo(programmes);
    }

    private Http.Answer sendLarge(String path, String token, byte[] body, String type) {
        try {
            return http.send("POST", path, token, body, type, Map.of());
        } catch (UncheckedIOException resetMidUpload) {
            // A server may answer 413 and close the connection while the body is still on its way; asked first, it
            // answers before the body is sent.
            try {
                return http.sendAskingFirst("POST", path, token, body, type);
            } catch (UncheckedIOException again) {
                return fail("POST " + path + " with " + body.length + " bytes got no answer: " + resetMidUpload.getMessage()
                        + " / with Expect: 100-continue: " + again.getMessage());
            }
        }
    }

    private static void assertTooLarge(Http.Answer answer) {
        assertThat(answer.status()).as(abbreviated(answer.body())).isEqualTo(413);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    }

    private static void assertBadRequest(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    }

    private String programmeCount() {
        return count("/api/programmes?size=1");
    }

    private String count(String path) {
        return Fixtures.json(http.get(path, tokens.of(Role.VIEWER))).at("/page/totalElements").toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
