package fi.tiekartta.regional.reporting;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.EventSchemaValidator;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.SettableClock;
import fi.tiekartta.testing.Tokens;
import fi.tiekartta.testing.TopicRecords;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static fi.tiekartta.regional.reporting.ReportingApi.partialReport;
import static fi.tiekartta.regional.reporting.ReportingApi.postJson;
import static fi.tiekartta.regional.reporting.ReportingApi.putJson;
import static fi.tiekartta.testing.TopicRecords.data;
import static fi.tiekartta.testing.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reporting round from opening to closing, through the API as its users drive it: the region reports, a
 * verifier returns the report, the region corrects and resubmits, the verifier verifies with a value of its
 * own, the admin closes the round, the frozen report refuses changes, and a correction recorded after the
 * close keeps the report as it stood at the deadline beside it. Every step's event leaves through the outbox.
 */
@ServiceIntegrationTest
@Import(ReportingClock.class)
class ReportingRoundWorkflowIntegrationTest {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

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

    ReportingApi api;
    TopicRecords topic;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        api = new ReportingApi(mvc, kafka, eventJson);
        topic = new TopicRecords(broker, Topics.REGIONAL_REPORTING);
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    @Test
    void a_round_runs_from_opening_through_return_correction_and_verification_to_a_frozen_close() throws Exception {
        ReportingApi.Programme shko = api.programmeWithMeasures("ACTIVE", "TP6.1", "TP6.2");
        String structural = shko.measureIds().get(0);
        String roundId = api.openRound(shko.id(), NOW.plus(Duration.ofDays(30)), shko.measureIds(), List.of("17", "09"));
        mvc.perform(get("/api/reporting-rounds/{id}", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.acceptingReports").value(true))
                .andExpect(jsonPath("$.regionCodes", contains("09", "17")))
                .andExpect(jsonPath("$.period.label.fi").value("2. vuosipuolisko 2026"))
                .andExpect(jsonPath("$.createdBy").value("stm-admin"));
        assertEvent(roundId, ReportingEvents.ROUND_OPENED.type(), "$.round.status", "OPEN");

        // Päijät-Häme drafts and submits; writing for Pohjanmaa is refused and leaves nothing behind.
        var paijatHame = Tokens.regionReporter("reporter-paijat-hame", "09");
        String reportId = api.draft("09", paijatHame, partialReport(roundId, structural, 40));
        mvc.perform(postJson("/api/regions/{code}/reports", partialReport(roundId, structural, 40), "17").with(paijatHame))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/regions/17/reports").with(Tokens.viewer())).andExpect(jsonPath("$.content", hasSize(0)));
        mvc.perform(post("/api/regions/09/reports/{id}/submission", reportId).with(paijatHame)
                        .header("If-Match", api.etag("/api/regions/09/reports/{id}", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.reporter").value("reporter-paijat-hame"));
        assertEvent(reportId, ReportingEvents.REPORT_SUBMITTED.type(), "$.report.selfReport.share", 40.0);

        // THL returns it: the share needs its source.
        mvc.perform(postJson("/api/regions/09/reports/{id}/return", """
                        {"comment":"Kertokaa, mihin väestöosuus 40 % perustuu."}""", reportId).with(Tokens.verifier())
                        .header("If-Match", api.etag("/api/regions/09/reports/{id}", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returned.comment").value("Kertokaa, mihin väestöosuus 40 % perustuu."))
                .andExpect(jsonPath("$.returned.by").value("thl-verifier"));
        assertEvent(reportId, ReportingEvents.REPORT_RETURNED.type(), "$.comment", "Kertokaa, mihin väestöosuus 40 % perustuu.");

        // The region corrects the share and submits again.
        mvc.perform(putJson("/api/regions/09/reports/{id}", partialReport(roundId, structural, 35), reportId).with(paijatHame)
                        .header("If-Match", api.etag("/api/regions/09/reports/{id}", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.selfReport.share").value(35.0));
        mvc.perform(post("/api/regions/09/reports/{id}/submission", reportId).with(paijatHame)
                        .header("If-Match", api.etag("/api/regions/09/reports/{id}", reportId)))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));

        // THL verifies a lower share than reported: both are kept side by side.
        mvc.perform(postJson("/api/regions/09/reports/{id}/verification", """
                        {"level":"PARTIAL","share":30,"shareBasis":"POPULATION","comment":"Heinolan osuus ei vielä täysin käytössä."}""",
                        reportId).with(Tokens.verifier())
                        .header("If-Match", api.etag("/api/regions/09/reports/{id}", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.selfReport.level").value("PARTIAL"))
                .andExpect(jsonPath("$.selfReport.share").value(35.0))
                .andExpect(jsonPath("$.verified.share").value(30.0))
                .andExpect(jsonPath("$.verified.verifiedBy").value("thl-verifier"))
                .andExpect(jsonPath("$.returned").isEmpty());
        assertEvent(reportId, ReportingEvents.REPORT_VERIFIED.type(), "$.report.verified.share", 30.0);

        // The admin closes the round: the report is frozen.
        clock.advance(Duration.ofDays(1));
        mvc.perform(post("/api/reporting-rounds/{id}/closure", roundId).with(Tokens.admin())
                        .header("If-Match", api.etag("/api/reporting-rounds/{id}", roundId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closeReason").value("BY_HAND"))
                .andExpect(jsonPath("$.closedBy").value("stm-admin"))
                .andExpect(jsonPath("$.acceptingReports").value(false));
        assertEvent(roundId, ReportingEvents.ROUND_CLOSED.type(), "$.round.closeReason", "BY_HAND");

        String frozenTag = api.etag("/api/regions/09/reports/{id}", reportId);
        mvc.perform(putJson("/api/regions/09/reports/{id}", partialReport(roundId, structural, 90), reportId).with(paijatHame)
                        .header("If-Match", frozenTag))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Frozen"));
        mvc.perform(postJson("/api/regions/09/reports/{id}/verification", "{}", reportId).with(Tokens.verifier())
                .header("If-Match", frozenTag)).andExpect(status().isConflict());
        mvc.perform(postJson("/api/regions/{code}/reports", partialReport(roundId, shko.measureIds().get(1), 10), "09")
                .with(paijatHame)).andExpect(status().isConflict());
        mvc.perform(get("/api/regions/09/reports/{id}", reportId).with(Tokens.viewer()))
                .andExpect(header().string("ETag", frozenTag))
                .andExpect(jsonPath("$.selfReport.share").value(35.0));

        // A correction after the close: the region's new figure, with the one reported at the deadline kept.
        mvc.perform(postJson("/api/regions/09/reports/{id}/corrections", """
                        {"reason":"Heinolan käyttöönotto vahvistui tammikuussa.",
                         "selfReport":{"level":"PARTIAL","share":38,"shareBasis":"POPULATION",
                                       "narrative":{"fi":"Malli on käytössä Lahdessa ja Heinolassa.","original":"fi"}}}""",
                        reportId).with(paijatHame).header("If-Match", frozenTag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.selfReport.share").value(38.0))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.atDeadline.selfReport.share").value(35.0))
                .andExpect(jsonPath("$.atDeadline.status").value("VERIFIED"))
                .andExpect(jsonPath("$.atDeadline.verified.share").value(30.0))
                .andExpect(jsonPath("$.corrections[0].number").value(1))
                .andExpect(jsonPath("$.corrections[0].kind").value("SELF_REPORT"))
                .andExpect(jsonPath("$.corrections[0].by").value("reporter-paijat-hame"));
        assertEvent(reportId, ReportingEvents.REPORT_REVISED.type(), "$.comment", "Heinolan käyttöönotto vahvistui tammikuussa.");

        // The round-wide picture: as reported at the deadline, and as corrected since; Pohjanmaa never answered.
        mvc.perform(get("/api/reporting-rounds/{id}/reports", roundId).param("view", "DEADLINE").with(Tokens.viewer()))
                .andExpect(jsonPath("$.matrix.cells", hasSize(4)))
                .andExpect(jsonPath("$.matrix.cells[?(@.regionCode == '09' && @.measureId == '%s')].selfReported.share", structural)
                        .value(contains(35.0)))
                .andExpect(jsonPath("$.matrix.cells[?(@.regionCode == '17')].status").value(contains("MISSING", "MISSING")))
                .andExpect(jsonPath("$.matrix.byStatus.MISSING").value(3))
                .andExpect(jsonPath("$.matrix.byStatus.VERIFIED").value(1))
                .andExpect(jsonPath("$.matrix.byLevel[?(@.level == 'PARTIAL')].verified").value(contains(1)));
        mvc.perform(get("/api/reporting-rounds/{id}/reports", roundId).param("view", "CURRENT").with(Tokens.viewer()))
                .andExpect(jsonPath("$.matrix.cells[?(@.reportId == '%s')].selfReported.share", reportId).value(contains(38.0)))
                .andExpect(jsonPath("$.matrix.cells[?(@.reportId == '%s')].corrected", reportId).value(contains(true)))
                .andExpect(jsonPath("$.matrix.byStatus.SUBMITTED").value(1));

        // Every change is attributed in the report's history.
        mvc.perform(get("/api/regions/09/reports/{id}/history", reportId).with(Tokens.viewer()))
                .andExpect(jsonPath("$", hasSize(7)))
                .andExpect(jsonPath("$[*].by").value(contains("reporter-paijat-hame", "reporter-paijat-hame", "thl-verifier",
                        "reporter-paijat-hame", "reporter-paijat-hame", "thl-verifier", "reporter-paijat-hame")));
    }

    private void assertEvent(String key, String type, String jsonPath, Object expected) {
        ConsumerRecord<String, byte[]> record = topic.awaitRecord(key, type);
        assertThat(header(record, "ce_type")).isEqualTo(type);
        EventSchemaValidator.assertValid(EventCatalog.byType(type).orElseThrow(), data(record));
        assertThat((Object) JsonPath.read(data(record), jsonPath)).isEqualTo(expected);
    }
}
