package fi.tiekartta.regional.reporting;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.SettableClock;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static fi.tiekartta.regional.reporting.ReportingApi.partialReport;
import static fi.tiekartta.regional.reporting.ReportingApi.postJson;
import static fi.tiekartta.regional.reporting.ReportingApi.putJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what, for every endpoint of reporting and every role: each request is sent by every kind of
 * caller. A caller without the right gets 401 (no token) or 403, and nothing changes; a caller with it gets
 * past authorization (the change requests are sent without If-Match, so they stop at 428 and change nothing).
 */
@ServiceIntegrationTest
@Import(ReportingClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingAuthorizationIntegrationTest {

    /** Every kind of caller; null is a request without a token. */
    static final Map<String, RequestPostProcessor> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", null);
        CALLERS.put("outsider", Tokens.user("someone", "unrelated-role"));
        CALLERS.put("viewer", Tokens.viewer());
        CALLERS.put("integration", Tokens.user("service-account-tiekartta-integration", "integration-client", "programme-viewer"));
        CALLERS.put("admin", Tokens.admin());
        CALLERS.put("verifier", Tokens.verifier());
        CALLERS.put("reporter-09", Tokens.regionReporter("reporter-paijat-hame", "09"));
        CALLERS.put("reporter-17", Tokens.regionReporter("reporter-pohjanmaa", "17"));
        // A region claim alone does not make a reporter: only the region-reporter role writes reports.
        CALLERS.put("verifier-of-09", Tokens.userInRegion("verifier-paijat-hame", "09", "verifier", "programme-viewer"));
        CALLERS.put("viewer-of-09", Tokens.userInRegion("viewer-paijat-hame", "09", "programme-viewer"));
    }

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    static final Set<String> READERS = Set.of("viewer", "integration", "admin", "verifier", "reporter-09", "reporter-17",
            "verifier-of-09", "viewer-of-09");
    static final Set<String> VERIFIERS = Set.of("verifier", "verifier-of-09");

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    SettableClock clock;

    ReportingApi api;
    ReportingApi.Programme programme;
    String roundId;
    String reportId;

    record Case(String name, Supplier<MockHttpServletRequestBuilder> request, Set<String> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void setUp() throws Exception {
        clock.set(NOW);
        api = new ReportingApi(mvc, kafka, eventJson);
        programme = api.programmeWithMeasures("ACTIVE", "TP6.1", "TP6.2", "TP7.1");
        roundId = api.openRound(programme.id(), NOW.plus(30, ChronoUnit.DAYS), programme.measureIds(), List.of("09", "17"));
        reportId = api.draft("09", Tokens.regionReporter("reporter-paijat-hame", "09"),
                partialReport(roundId, programme.measureIds().get(0), 40));
    }

    Stream<Case> endpoints() {
        String report = "/api/regions/09/reports/" + reportId;
        String round = "/api/reporting-rounds/" + roundId;
        return Stream.of(
                new Case("open a round", () -> postJson("/api/reporting-rounds", api.roundJson(programme.id(),
                        NOW.plus(60, ChronoUnit.DAYS), programme.measureIds(), List.of("09"))), Set.of("admin")),
                new Case("revise a round", () -> putJson(round, api.roundJson(programme.id(),
                        NOW.plus(40, ChronoUnit.DAYS), programme.measureIds(), List.of("09", "17"))), Set.of("admin")),
                new Case("close a round", () -> post(round + "/closure"), Set.of("admin")),
                new Case("draft a report", () -> postJson("/api/regions/09/reports",
                        partialReport(roundId, programme.measureIds().get(1), 10)), Set.of("reporter-09")),
                new Case("edit a report", () -> putJson(report, partialReport(roundId, programme.measureIds().get(0), 50)),
                        Set.of("reporter-09")),
                new Case("submit a report", () -> post(report + "/submission"), Set.of("reporter-09")),
                new Case("verify a report", () -> postJson(report + "/verification", "{}"), VERIFIERS),
                new Case("return a report", () -> postJson(report + "/return", "{\"comment\":\"Täydennä\"}"), VERIFIERS),
                new Case("correct a self-report", () -> postJson(report + "/corrections", """
                        {"reason":"Korjaus","selfReport":{"level":"ESTABLISHED","narrative":{"fi":"Koko alueella","original":"fi"}}}"""),
                        Set.of("reporter-09")),
                new Case("correct a verified value", () -> postJson(report + "/corrections", """
                        {"reason":"Korjaus","verified":{"level":"ESTABLISHED"}}"""), VERIFIERS),
                new Case("list rounds", () -> get("/api/reporting-rounds"), READERS),
                new Case("read a round", () -> get(round), READERS),
                new Case("read a round's history", () -> get(round + "/history"), READERS),
                new Case("list a round's reports", () -> get(round + "/reports"), READERS),
                new Case("list a region's reports", () -> get("/api/regions/09/reports"), READERS),
                new Case("read a report", () -> get(report), READERS),
                new Case("read a report's history", () -> get(report + "/history"), READERS),
                new Case("list reportable measures", () -> get("/api/reporting-measures").param("programmeId", programme.id()),
                        READERS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void only_the_entitled_get_past_authorization_and_a_refused_request_changes_nothing(Case endpoint) throws Exception {
        String before = snapshot();
        for (Map.Entry<String, RequestPostProcessor> caller : CALLERS.entrySet()) {
            if (endpoint.allowed().contains(caller.getKey())) {
                continue;
            }
            int status = perform(endpoint, caller.getValue());
            assertThat(status).as("%s by %s", endpoint.name(), caller.getKey()).isEqualTo(caller.getValue() == null ? 401 : 403);
        }
        assertThat(snapshot()).as("refused requests changed nothing").isEqualTo(before);
        for (String allowed : endpoint.allowed()) {
            int status = perform(endpoint, CALLERS.get(allowed));
            assertThat(status).as("%s by %s", endpoint.name(), allowed).isNotIn(401, 403).isLessThan(500);
        }
    }

    /** Each request that takes a body, with a body that is not a valid command of that request. */
    Stream<Case> endpointsWithInvalidBodies() {
        String report = "/api/regions/09/reports/" + reportId;
        String round = "/api/reporting-rounds/" + roundId;
        String invalid = "{\"code\":1}";
        return Stream.of(
                new Case("open a round", () -> postJson("/api/reporting-rounds", invalid), Set.of("admin")),
                new Case("revise a round", () -> putJson(round, invalid), Set.of("admin")),
                new Case("draft a report of 09", () -> postJson("/api/regions/09/reports", invalid), Set.of("reporter-09")),
                new Case("draft a report of 17", () -> postJson("/api/regions/17/reports", invalid), Set.of("reporter-17")),
                new Case("edit a report", () -> putJson(report, invalid), Set.of("reporter-09")),
                new Case("verify a report", () -> postJson(report + "/verification", invalid), VERIFIERS),
                new Case("return a report", () -> postJson(report + "/return", invalid), VERIFIERS),
                // Before the body says which correction it is, the region's reporter and the verifiers get past.
                new Case("correct a report", () -> postJson(report + "/corrections", invalid),
                        Set.of("reporter-09", "verifier", "verifier-of-09")));
    }

    /**
     * Authorization comes before the body is read: a caller without the right gets 401 or 403 whatever the body, and
     * never a 400 that describes what the command needs; a caller with it gets the 400.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsWithInvalidBodies")
    void a_refused_caller_gets_403_before_an_invalid_body_is_read(Case endpoint) throws Exception {
        for (Map.Entry<String, RequestPostProcessor> caller : CALLERS.entrySet()) {
            int status = perform(endpoint, caller.getValue());
            int expected = caller.getValue() == null ? 401 : endpoint.allowed().contains(caller.getKey()) ? 400 : 403;
            assertThat(status).as("%s by %s", endpoint.name(), caller.getKey()).isEqualTo(expected);
        }
    }

    private int perform(Case endpoint, RequestPostProcessor caller) throws Exception {
        MockHttpServletRequestBuilder request = endpoint.request().get();
        if (caller != null) {
            request.with(caller);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** What a refused request could have changed: the round, the report, and the round's whole matrix. */
    private String snapshot() throws Exception {
        String round = mvc.perform(get("/api/reporting-rounds/{id}", roundId).with(Tokens.viewer())).andReturn()
                .getResponse().getContentAsString();
        String report = mvc.perform(get("/api/regions/09/reports/{id}", reportId).with(Tokens.viewer())).andReturn()
                .getResponse().getContentAsString();
        String matrix = mvc.perform(get("/api/reporting-rounds/{id}/reports", roundId).with(Tokens.viewer())).andReturn()
                .getResponse().getContentAsString();
        String rounds = mvc.perform(get("/api/reporting-rounds").param("size", "200").with(Tokens.viewer())).andReturn()
                .getResponse().getContentAsString();
        return JsonPath.read(round, "$.version") + "|" + JsonPath.read(report, "$.version") + "|" + matrix + "|"
                + JsonPath.read(rounds, "$.page.totalElements");
    }
}
