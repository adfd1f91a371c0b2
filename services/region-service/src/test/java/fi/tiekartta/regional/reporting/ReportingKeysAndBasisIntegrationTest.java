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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static fi.tiekartta.regional.reporting.ReportingApi.partialReport;
import static fi.tiekartta.regional.reporting.ReportingApi.postJson;
import static fi.tiekartta.regional.reporting.ReportingApi.putJson;
import static fi.tiekartta.testing.TopicRecords.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Illustrative data flagged in the data itself, and the human keys next to the ids: a demo round opened with an
 * ILLUSTRATIVE basis makes its reports illustrative, and every answer and event that shows them says so; rounds,
 * reports, the matrix and their events carry the programme code, the measure codes and titles and the region
 * names; list filters take codes.
 */
@ServiceIntegrationTest
@Import(ReportingClock.class)
class ReportingKeysAndBasisIntegrationTest {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final String ILLUSTRATIVE = """
            "basis":{"kind":"ILLUSTRATIVE"}""";

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
    /** Codes of this test's own programme and measures, so that filters by code see no other test's rounds. */
    String programmeCode;
    String firstCode;
    String secondCode;
    ReportingApi.Programme programme;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        api = new ReportingApi(mvc, kafka, eventJson);
        topic = new TopicRecords(broker, Topics.REGIONAL_REPORTING);
        String unique = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        programmeCode = "SHKO-" + unique;
        firstCode = "K" + unique + ".1";
        secondCode = "K" + unique + ".2";
        programme = api.programmeWithMeasures("ACTIVE", firstCode, secondCode);
        api.knownProgramme(programme.id(), programmeCode, 2);
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    String illustrativeRound(List<String> regionCodes) throws Exception {
        String body = api.roundJson(programme.id(), NOW.plus(Duration.ofDays(30)), programme.measureIds(), regionCodes);
        String opened = mvc.perform(postJson("/api/reporting-rounds", body.substring(0, body.lastIndexOf('}')) + "," + ILLUSTRATIVE + "}")
                        .with(Tokens.admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis.kind").value("ILLUSTRATIVE"))
                .andExpect(jsonPath("$.basis.note.fi").value("Esimerkki, ei todellista tietoa"))
                .andExpect(jsonPath("$.basis.note.sv").value("Exempel, inte verkliga uppgifter"))
                .andExpect(jsonPath("$.basis.note.en").value("Example, not real data"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(opened, "$.id");
    }

    @Test
    void an_illustrative_round_and_its_reports_say_so_in_every_answer_and_event() throws Exception {
        String roundId = illustrativeRound(List.of("09", "17"));
        mvc.perform(get("/api/reporting-rounds/{id}", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.basis.kind").value("ILLUSTRATIVE"));
        mvc.perform(get("/api/reporting-rounds").param("programme", programmeCode).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].basis.kind").value(contains("ILLUSTRATIVE")));
        ConsumerRecord<String, byte[]> opened = assertEvent(roundId, ReportingEvents.ROUND_OPENED.type());
        assertThat((String) JsonPath.read(data(opened), "$.round.basis.kind")).isEqualTo("ILLUSTRATIVE");
        assertThat((String) JsonPath.read(data(opened), "$.round.basis.note.fi")).isEqualTo("Esimerkki, ei todellista tietoa");

        // The report takes the round's basis without saying so; claiming another kind is refused.
        RequestPostProcessor paijatHame = Tokens.regionReporter("reporter-paijat-hame", "09");
        String reportId = api.draft("09", paijatHame, partialReport(roundId, programme.measureIds().get(0), 40));
        String sourced = partialReport(roundId, programme.measureIds().get(1), 40);
        mvc.perform(postJson("/api/regions/{code}/reports", sourced.substring(0, sourced.lastIndexOf('}'))
                        + ",\"basis\":{\"kind\":\"SOURCE\",\"source\":\"[001] dia 3\"}}", "09").with(paijatHame))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("illustrative")));
        mvc.perform(get("/api/regions/09/reports/{id}", reportId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.basis.kind").value("ILLUSTRATIVE"))
                .andExpect(jsonPath("$.basis.note.en").value("Example, not real data"));
        // An edit that leaves basis out keeps it.
        mvc.perform(putJson("/api/regions/09/reports/{id}", partialReport(roundId, programme.measureIds().get(0), 45), reportId)
                        .with(paijatHame).header("If-Match", api.etag("/api/regions/09/reports/{id}", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis.kind").value("ILLUSTRATIVE"));
        mvc.perform(post("/api/regions/09/reports/{id}/submission", reportId).with(paijatHame)
                        .header("If-Match", api.etag("/api/regions/09/reports/{id}", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis.kind").value("ILLUSTRATIVE"));
        ConsumerRecord<String, byte[]> submitted = assertEvent(reportId, ReportingEvents.REPORT_SUBMITTED.type());
        assertThat((String) JsonPath.read(data(submitted), "$.report.basis.kind")).isEqualTo("ILLUSTRATIVE");
        mvc.perform(get("/api/regions/09/reports").param("roundId", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].basis.kind").value(contains("ILLUSTRATIVE")));
        mvc.perform(get("/api/reporting-rounds/{id}/reports", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.basis.kind").value("ILLUSTRATIVE"))
                .andExpect(jsonPath("$.matrix.cells[?(@.reportId == '%s')].basis.kind", reportId).value(contains("ILLUSTRATIVE")));

        // A round keeps its basis: a revision may leave it out, not change it.
        String revision = api.roundJson(programme.id(), NOW.plus(Duration.ofDays(40)), programme.measureIds(), List.of("09", "17"));
        mvc.perform(putJson("/api/reporting-rounds/{id}", revision.substring(0, revision.lastIndexOf('}'))
                        + ",\"basis\":{\"kind\":\"SOURCE\",\"source\":\"[001]\"}}", roundId).with(Tokens.admin())
                        .header("If-Match", api.etag("/api/reporting-rounds/{id}", roundId)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(putJson("/api/reporting-rounds/{id}", revision, roundId).with(Tokens.admin())
                        .header("If-Match", api.etag("/api/reporting-rounds/{id}", roundId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis.kind").value("ILLUSTRATIVE"));
        ConsumerRecord<String, byte[]> revised = assertEvent(roundId, ReportingEvents.ROUND_REVISED.type());
        assertThat((String) JsonPath.read(data(revised), "$.round.basis.kind")).isEqualTo("ILLUSTRATIVE");
    }

    @Test
    void a_real_round_has_no_basis_and_a_basis_is_checked() throws Exception {
        String roundId = api.openRound(programme.id(), NOW.plus(Duration.ofDays(30)), programme.measureIds(), List.of("09"));
        mvc.perform(get("/api/reporting-rounds/{id}", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.basis").isEmpty());
        assertThat((Object) JsonPath.read(data(assertEvent(roundId, ReportingEvents.ROUND_OPENED.type())), "$.round.basis"))
                .isNull();
        String body = api.roundJson(programme.id(), NOW.plus(Duration.ofDays(30)), programme.measureIds(), List.of("09"));
        String open = body.substring(0, body.lastIndexOf('}'));
        mvc.perform(postJson("/api/reporting-rounds", open + ",\"basis\":{\"kind\":\"MADE_UP\"}}").with(Tokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("basis.kind")));
        mvc.perform(postJson("/api/reporting-rounds", open + ",\"basis\":{\"kind\":\"SOURCE\"}}").with(Tokens.admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("source")));
        mvc.perform(postJson("/api/reporting-rounds", open + ",\"basis\":{\"kind\":\"SOURCE\",\"source\":\"[004] diat 'Lähtötilanne syyskuussa 2020'\"}}")
                        .with(Tokens.admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis.kind").value("SOURCE"))
                .andExpect(jsonPath("$.basis.source").value("[004] diat 'Lähtötilanne syyskuussa 2020'"));

        // A report of a real round may say itself that it is illustrative.
        RequestPostProcessor paijatHame = Tokens.regionReporter("reporter-paijat-hame", "09");
        String plain = api.draft("09", paijatHame, partialReport(roundId, programme.measureIds().get(0), 40));
        mvc.perform(get("/api/regions/09/reports/{id}", plain).with(Tokens.viewer())).andExpect(jsonPath("$.basis").isEmpty());
        String demo = partialReport(roundId, programme.measureIds().get(1), 40);
        mvc.perform(postJson("/api/regions/{code}/reports", demo.substring(0, demo.lastIndexOf('}')) + "," + ILLUSTRATIVE + "}", "09")
                        .with(paijatHame))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis.kind").value("ILLUSTRATIVE"));
    }

    @Test
    void rounds_reports_the_matrix_and_their_events_carry_the_human_keys() throws Exception {
        String roundId = illustrativeRound(List.of("17", "09"));
        String first = programme.measureIds().get(0);
        mvc.perform(get("/api/reporting-rounds/{id}", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.programmeCode").value(programmeCode))
                .andExpect(jsonPath("$.measures[*].measureId").value(contains(programme.measureIds().toArray())))
                .andExpect(jsonPath("$.measures[*].code").value(contains(firstCode, secondCode)))
                .andExpect(jsonPath("$.measures[0].title.fi").value("Toimenpide " + firstCode))
                .andExpect(jsonPath("$.regions[*].code").value(contains("09", "17")))
                .andExpect(jsonPath("$.regions[0].name.fi").value("Päijät-Hämeen hyvinvointialue"));
        String opened = data(assertEvent(roundId, ReportingEvents.ROUND_OPENED.type()));
        assertThat((String) JsonPath.read(opened, "$.round.programmeCode")).isEqualTo(programmeCode);
        assertThat((List<String>) JsonPath.read(opened, "$.round.measures[*].code")).containsExactly(firstCode, secondCode);
        assertThat((String) JsonPath.read(opened, "$.round.regions[1].name.fi")).isEqualTo("Pohjanmaan hyvinvointialue");

        RequestPostProcessor paijatHame = Tokens.regionReporter("reporter-paijat-hame", "09");
        String reportId = api.draft("09", paijatHame, partialReport(roundId, first, 40));
        mvc.perform(get("/api/regions/09/reports/{id}", reportId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.programmeCode").value(programmeCode))
                .andExpect(jsonPath("$.measureCode").value(firstCode))
                .andExpect(jsonPath("$.measureTitle.fi").value("Toimenpide " + firstCode))
                .andExpect(jsonPath("$.regionName.fi").value("Päijät-Hämeen hyvinvointialue"));
        mvc.perform(post("/api/regions/09/reports/{id}/submission", reportId).with(paijatHame)
                .header("If-Match", api.etag("/api/regions/09/reports/{id}", reportId))).andExpect(status().isOk());
        String submitted = data(assertEvent(reportId, ReportingEvents.REPORT_SUBMITTED.type()));
        assertThat((String) JsonPath.read(submitted, "$.report.programmeCode")).isEqualTo(programmeCode);
        assertThat((String) JsonPath.read(submitted, "$.report.measureCode")).isEqualTo(firstCode);
        assertThat((String) JsonPath.read(submitted, "$.report.regionName.fi")).isEqualTo("Päijät-Hämeen hyvinvointialue");

        mvc.perform(get("/api/reporting-rounds/{id}/reports", roundId).with(Tokens.viewer()))
                .andExpect(jsonPath("$.programmeCode").value(programmeCode))
                .andExpect(jsonPath("$.matrix.cells", hasSize(4)))
                .andExpect(jsonPath("$.matrix.cells[?(@.regionCode == '17')].regionName.fi")
                        .value(contains("Pohjanmaan hyvinvointialue", "Pohjanmaan hyvinvointialue")))
                .andExpect(jsonPath("$.matrix.cells[?(@.regionCode == '17')].measureCode").value(contains(firstCode, secondCode)))
                .andExpect(jsonPath("$.matrix.cells[?(@.regionCode == '17')].measureTitle.en")
                        .value(contains("Measure " + firstCode, "Measure " + secondCode)));
    }

    @Test
    void a_round_takes_its_period_in_a_finnish_form_and_keeps_it_canonical() throws Exception {
        String body = api.roundJson(programme.id(), NOW.plus(Duration.ofDays(30)), programme.measureIds(), List.of("09"))
                .replace("\"2026-H2\"", "\"syksy 2026\"");
        mvc.perform(postJson("/api/reporting-rounds", body).with(Tokens.admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period.value").value("2026-autumn"))
                .andExpect(jsonPath("$.period.precision").value("SEASON"));
        mvc.perform(postJson("/api/reporting-rounds", body.replace("syksy 2026", "joskus 2026")).with(Tokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
    }

    @Test
    void list_filters_take_codes() throws Exception {
        String both = illustrativeRound(List.of("09", "17"));
        String onlyPohjanmaa = api.openRound(programme.id(), NOW.plus(Duration.ofDays(20)), programme.measureIds().subList(1, 2),
                List.of("17"));
        mvc.perform(get("/api/reporting-rounds").param("programme", programmeCode).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id").value(contains(onlyPohjanmaa, both)));
        mvc.perform(get("/api/reporting-rounds").param("programme", programmeCode).param("region", "09").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id").value(contains(both)));
        mvc.perform(get("/api/reporting-rounds").param("measure", firstCode).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id").value(contains(both)));
        mvc.perform(get("/api/reporting-rounds").param("programme", "NO-SUCH").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content", hasSize(0)));
        mvc.perform(get("/api/reporting-rounds").param("region", "9").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reporting-rounds?regionCode=09").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("regionCode")));

        RequestPostProcessor paijatHame = Tokens.regionReporter("reporter-paijat-hame", "09");
        api.draft("09", paijatHame, partialReport(both, programme.measureIds().get(0), 40));
        api.draft("09", paijatHame, partialReport(both, programme.measureIds().get(1), 50));
        mvc.perform(get("/api/regions/09/reports").param("roundId", both).param("measure", secondCode).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].measureCode").value(contains(secondCode)));
        mvc.perform(get("/api/reporting-rounds/{id}/reports", both).param("region", "09").param("measure", firstCode)
                        .with(Tokens.viewer()))
                .andExpect(jsonPath("$.matrix.cells", hasSize(1)))
                .andExpect(jsonPath("$.matrix.cells[0].regionCode").value("09"))
                .andExpect(jsonPath("$.matrix.cells[0].measureCode").value(firstCode))
                .andExpect(jsonPath("$.matrix.byStatus.DRAFT").value(1));
        mvc.perform(get("/api/reporting-measures").param("programme", programmeCode).with(Tokens.viewer()))
                .andExpect(jsonPath("$[*].code").value(contains(firstCode, secondCode)));
        mvc.perform(get("/api/reporting-measures").with(Tokens.viewer())).andExpect(status().isBadRequest());
    }

    private ConsumerRecord<String, byte[]> assertEvent(String key, String type) {
        ConsumerRecord<String, byte[]> record = topic.awaitRecord(key, type);
        EventSchemaValidator.assertValid(EventCatalog.byType(type).orElseThrow(), data(record));
        return record;
    }
}
