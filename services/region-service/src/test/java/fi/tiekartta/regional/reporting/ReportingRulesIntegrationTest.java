package fi.tiekartta.regional.reporting;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.scheduling.SchedulerLockAutoConfiguration;
import fi.tiekartta.regional.rounds.application.RoundService;
import fi.tiekartta.regional.rounds.scheduling.DeadlineCheck;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.SettableClock;
import fi.tiekartta.testing.Tokens;
import fi.tiekartta.testing.TopicRecords;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static fi.tiekartta.regional.reporting.ReportingApi.partialReport;
import static fi.tiekartta.regional.reporting.ReportingApi.postJson;
import static fi.tiekartta.regional.reporting.ReportingApi.putJson;
import static fi.tiekartta.testing.TopicRecords.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting rules as the API answers them: bad input is a 400 naming the field, a broken rule a 422, a
 * frozen report a 409, a stale or missing If-Match a 412 or 428, and none of them changes anything. Rounds
 * close at their deadline by themselves; region-service learns measures from workpackage-service's events.
 */
@ServiceIntegrationTest
@Import(ReportingClock.class)
class ReportingRulesIntegrationTest {

    /** In the year 2100, so that no other test's round is ever due on this clock. */
    static final Instant NOW = Instant.parse("2100-03-01T08:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    SettableClock clock;
    @Autowired
    RoundService rounds;
    @Autowired
    DeadlineCheck scheduledCheck;
    @Autowired
    MongoTemplate mongo;

    ReportingApi api;
    ReportingApi.Programme programme;
    final RequestPostProcessor paijatHame =
            Tokens.regionReporter("reporter-paijat-hame", "09");

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        api = new ReportingApi(mvc, kafka, eventJson);
        programme = api.programmeWithMeasures("ACTIVE", "TP6.1", "TP6.2");
    }

    @Test
    void a_round_request_is_checked_field_by_field_and_against_the_known_measures() throws Exception {
        Instant deadline = NOW.plus(Duration.ofDays(10));
        mvc.perform(postJson("/api/reporting-rounds", """
                        {"programmeId":"","title":{"original":"fi"},"period":"joskus 2100","deadline":null,"measureIds":[],
                         "regionCodes":["9"]}""").with(Tokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("programmeId",
                        "title.writtenInOriginal", "period", "deadline", "measureIds", "regionCodes[0]")));
        mvc.perform(postJson("/api/reporting-rounds", api.roundJson(programme.id(), deadline, List.of("no-such-measure"),
                        List.of("09"))).with(Tokens.admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Unknown measures: no-such-measure")));
        mvc.perform(postJson("/api/reporting-rounds", api.roundJson(programme.id(), NOW.minusSeconds(1), programme.measureIds(),
                        List.of("09"))).with(Tokens.admin()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(postJson("/api/reporting-rounds", api.roundJson(programme.id(), deadline, programme.measureIds(),
                        List.of("99"))).with(Tokens.admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Unknown regions: 99")));
        mvc.perform(get("/api/reporting-rounds").param("programmeId", programme.id()).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content", hasSize(0)));

        String allRegions = JsonPath.read(mvc.perform(postJson("/api/reporting-rounds", """
                        {"programmeId":"%s","title":{"fi":"Kaikki alueet","original":"fi"},"period":"2100-H1","deadline":"%s",
                         "measureIds":["%s"]}""".formatted(programme.id(), deadline, programme.measureIds().get(0)))
                        .with(Tokens.admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionCodes", hasSize(22)))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/reporting-rounds").param("programmeId", programme.id()).param("status", "OPEN").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[0].id").value(allRegions));
    }

    @Test
    void measures_follow_their_changes_in_workpackage_service_and_a_dropped_one_is_not_put_in_scope() throws Exception {
        ReportingApi.Programme dropped = api.programmeWithMeasures("DROPPED", "TP9.9");
        mvc.perform(get("/api/reporting-measures").param("programmeId", dropped.id()).with(Tokens.viewer()))
                .andExpect(jsonPath("$[0].code").value("TP9.9"))
                .andExpect(jsonPath("$[0].status").value("DROPPED"))
                .andExpect(jsonPath("$[0].title.en").value("Measure TP9.9"));
        mvc.perform(postJson("/api/reporting-rounds", api.roundJson(dropped.id(), NOW.plus(Duration.ofDays(5)), dropped.measureIds(),
                        List.of("09"))).with(Tokens.admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("TP9.9 (DROPPED)")));
    }

    @Test
    void reports_are_checked_against_their_round_their_cell_and_their_version() throws Exception {
        String roundId = api.openRound(programme.id(), NOW.plus(Duration.ofDays(10)), List.of(programme.measureIds().get(0)),
                List.of("09", "17"));
        String measure = programme.measureIds().get(0);
        mvc.perform(postJson("/api/regions/09/reports", partialReport(roundId, programme.measureIds().get(1), 10)).with(paijatHame))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("not in this round's scope")));
        mvc.perform(postJson("/api/regions/09/reports", partialReport("no-such-round", measure, 10)).with(paijatHame))
                .andExpect(status().isNotFound());
        mvc.perform(postJson("/api/regions/09/reports", """
                        {"roundId":"%s","measureId":"%s","level":"ESTABLISHED","share":50,"shareBasis":"POPULATION"}"""
                        .formatted(roundId, measure)).with(paijatHame))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Only a measure in use in part")));
        mvc.perform(postJson("/api/regions/09/reports", """
                        {"roundId":"%s","measureId":"%s","level":"PARTIAL","share":150,"shareBasis":"POPULATION",
                         "narrative":{"en":"English only","original":"en"},"evidence":[{"url":"ftp://x"}],"colour":"red"}"""
                        .formatted(roundId, measure)).with(paijatHame))
                .andExpect(status().isBadRequest());
        mvc.perform(postJson("/api/regions/09/reports", """
                        {"roundId":"%s","measureId":"%s","level":"PARTIAL","share":150,"shareBasis":"POPULATION",
                         "narrative":{"en":"English only","original":"en"},"evidence":[{"url":"ftp://x"}]}"""
                        .formatted(roundId, measure)).with(paijatHame))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("share",
                        "narrative.original", "narrative.writtenInOriginal", "evidence[0].url")));
        mvc.perform(get("/api/regions/09/reports").param("roundId", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content", hasSize(0)));

        String reportId = api.draft("09", paijatHame, """
                {"roundId":"%s","measureId":"%s","level":"PLANNING"}""".formatted(roundId, measure));
        mvc.perform(postJson("/api/regions/09/reports", partialReport(roundId, measure, 10)).with(paijatHame))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(reportId)));
        mvc.perform(post("/api/regions/09/reports/{id}/submission", reportId).with(paijatHame))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/regions/09/reports/{id}/submission", reportId).with(paijatHame).header("If-Match", "\"0\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("narrative")));
        clock.advance(Duration.ofMinutes(5));
        mvc.perform(putJson("/api/regions/09/reports/{id}", partialReport(roundId, measure, 20), reportId).with(paijatHame)
                .header("If-Match", "\"0\"")).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(putJson("/api/regions/09/reports/{id}", partialReport(roundId, measure, 30), reportId).with(paijatHame)
                .header("If-Match", "\"0\"")).andExpect(status().isPreconditionFailed());
        mvc.perform(putJson("/api/regions/09/reports/{id}", partialReport("another-round", measure, 30), reportId).with(paijatHame)
                .header("If-Match", "\"1\"")).andExpect(status().isUnprocessableContent());
        // A report is found only under its own region.
        mvc.perform(get("/api/regions/17/reports/{id}", reportId).with(Tokens.viewer())).andExpect(status().isNotFound());
        mvc.perform(get("/api/regions/99/reports").with(Tokens.viewer())).andExpect(status().isNotFound());
        // an unknown region is 404 before a missing If-Match would be 428
        mvc.perform(post("/api/regions/99/reports/{id}/verification", reportId).with(Tokens.verifier()))
                .andExpect(status().isNotFound());
        mvc.perform(postJson("/api/regions/09/reports/{id}/return", "{\"comment\":\"\"}", reportId).with(Tokens.verifier())
                .header("If-Match", "\"1\"")).andExpect(status().isBadRequest());
        mvc.perform(postJson("/api/regions/09/reports/{id}/corrections", """
                        {"reason":"x","selfReport":{"level":"PLANNING"},"verified":{"level":"PLANNING"}}""", reportId)
                        .with(Tokens.verifier()).header("If-Match", "\"1\""))
                .andExpect(status().isBadRequest());
        mvc.perform(postJson("/api/regions/09/reports/{id}/corrections", """
                        {"reason":"x","selfReport":{"level":"PLANNING","narrative":{"fi":"Suunnitteilla","original":"fi"}}}""",
                        reportId).with(paijatHame).header("If-Match", "\"1\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("still open")));
        mvc.perform(get("/api/regions/09/reports/{id}", reportId).with(Tokens.viewer()))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.selfReport.share").value(20.0));
        mvc.perform(get("/api/regions/09/reports/{id}", reportId).param("asOf", NOW.toString()).with(Tokens.viewer()))
                .andExpect(jsonPath("$.selfReport.level").value("PLANNING"));
    }

    @Test
    void a_round_closes_at_its_deadline_by_itself_and_its_reports_freeze_at_the_deadline() throws Exception {
        Instant deadline = NOW.plus(Duration.ofDays(3));
        String roundId = api.openRound(programme.id(), deadline, programme.measureIds(), List.of("09"));
        String reportId = api.draft("09", paijatHame, partialReport(roundId, programme.measureIds().get(0), 40));
        mvc.perform(putJson("/api/reporting-rounds/{id}", api.roundJson(programme.id(), deadline.plus(Duration.ofDays(1)),
                        List.of(programme.measureIds().get(0)), List.of("09")), roundId).with(Tokens.admin()).header("If-Match", "\"0\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("only grows")));
        Instant extended = deadline.plus(Duration.ofDays(1));
        mvc.perform(putJson("/api/reporting-rounds/{id}", api.roundJson(programme.id(), extended, programme.measureIds(),
                        List.of("09", "17")), roundId).with(Tokens.admin()).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value(extended.toString()))
                .andExpect(jsonPath("$.regionCodes", hasSize(2)));

        clock.set(extended.plusSeconds(1));
        // Past the deadline, before the check has closed the round, the report is already frozen.
        mvc.perform(post("/api/regions/09/reports/{id}/submission", reportId).with(paijatHame).header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        assertThat(rounds.closeDueRounds()).isGreaterThanOrEqualTo(1);
        mvc.perform(get("/api/reporting-rounds/{id}", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closeReason").value("DEADLINE"))
                .andExpect(jsonPath("$.closedAt").value(extended.toString()))
                .andExpect(jsonPath("$.closedBy").value("system"));
        assertThat(rounds.closeDueRounds()).as("a round closes once").isZero();
        scheduledCheck.run();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(DeadlineCheck.LOCK)),
                SchedulerLockAutoConfiguration.LOCK_COLLECTION)).as("the scheduled check runs under the platform's lock").isTrue();
        try (TopicRecords topic = new TopicRecords(broker, Topics.REGIONAL_REPORTING)) {
            assertThat(data(topic.awaitRecord(roundId, ReportingEvents.ROUND_CLOSED.type()))).contains("\"DEADLINE\"");
        }
        mvc.perform(post("/api/reporting-rounds/{id}/closure", roundId).with(Tokens.admin()).header("If-Match", "\"2\""))
                .andExpect(status().isConflict());
        mvc.perform(postJson("/api/regions/09/reports/{id}/corrections", """
                        {"reason":"x","selfReport":{"level":"PLANNING","narrative":{"fi":"Suunnitteilla","original":"fi"}}}""",
                        reportId).with(paijatHame).header("If-Match", "\"0\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("never submitted")));
        mvc.perform(get("/api/reporting-rounds/{id}/reports", roundId).param("view", "deadline").with(Tokens.viewer()))
                .andExpect(jsonPath("$.matrix.view").value("DEADLINE"))
                .andExpect(jsonPath("$.matrix.byStatus.DRAFT").value(1))
                .andExpect(jsonPath("$.matrix.byStatus.MISSING").value(3));
        mvc.perform(get("/api/reporting-rounds/{id}/reports", roundId).param("view", "yesterday").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
    }
}
