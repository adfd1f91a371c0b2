package fi.tiekartta.progress.history;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestonePlanned;
import fi.tiekartta.contracts.milestone.MilestoneRevised;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.contracts.programme.OriginData;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.contracts.reporting.MeasureKeyData;
import fi.tiekartta.contracts.reporting.NationalIndicatorChanged;
import fi.tiekartta.contracts.reporting.NationalIndicatorData;
import fi.tiekartta.contracts.reporting.RegionKeyData;
import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.RegionalReportData;
import fi.tiekartta.contracts.reporting.ReportContentData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.contracts.reporting.ReportingRoundData;
import fi.tiekartta.contracts.reporting.VerificationData;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.progress.regional.MeasureCoverage;
import fi.tiekartta.progress.regional.RegionalImplementation;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The views as of a past time: things changed at controlled event times (the CloudEvents {@code time} and the events'
 * own "…At"), then the views as of a time between changes differ from now and equal what they were then (taken
 * before the later changes were published).
 */
@ServiceIntegrationTest
class AsOfIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> TERMS = List.of("2023-2027");
    private static final BasisData SOURCE = new BasisData("SOURCE", "[004] 'Lähtötilanne syyskuussa 2020'", null);

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    MeasureCoverage coverage;
    @Autowired
    RegionalImplementation implementation;

    final String programmeId = id();
    final String code = "AO-" + programmeId.substring(0, 6).toUpperCase();
    final String tp1 = id();
    final String tp11 = id();
    final String tp12 = id();

    // --- the roadmap and the work package --------------------------------------------------------------------

    @Test
    void the_roadmap_and_the_work_package_as_of_a_past_time_are_what_they_were_then() throws Exception {
        Instant t1 = Instant.parse("2025-01-10T08:00:00Z");
        Instant t2 = Instant.parse("2025-02-01T08:00:00Z");
        Instant t3 = Instant.parse("2025-06-01T08:00:00Z");
        publish(ProgrammeEvents.CREATED, programmeId, 0, t1, new ProgrammeCreated(programmeId, code,
                new LocalizedText("Aikaohjelma", null, "Time programme", "fi"), "NATIONAL", "STM", "stm-admin", t1,
                new LocalizedText("Visio", null, null, "fi"), List.of(new StrategicGoalData("I", new LocalizedText("Tavoite", null, null, "fi"))),
                List.of(), TERMS, "ACTIVE", Period.parse("2023/2027").toData(),
                new OriginData("Orpo", "2023-2027", "3.6", null, "4", null, null, null, null, SOURCE), List.of(), SOURCE, null));
        publish(WorkPackageEvents.DEFINED, tp1, 0, t1, new WorkPackageDefined(new WorkPackageData(tp1, programmeId, "TP1",
                new LocalizedText("Ohjaus", null, null, "fi"), List.of("I"), TERMS, null, "ACTIVE", List.of(), code, List.of(), SOURCE,
                null), "stm-admin", t1));
        publish(WorkPackageEvents.MEASURE_ADDED, tp1, 1, t1, measures(t1, measure(tp11, "TP1.1")));
        publish(WorkPackageEvents.CONFIDENCE_CHANGED, tp1, 2, t2, new ConfidenceChanged(tp1, programmeId, "TP1", "AMBER", null,
                "Alkuvaihe", "stm-admin", t2, code));
        String m1 = id();
        String m2 = id();
        publish(MilestoneEvents.PLANNED, m1, 0, t2, planned(m1, code + "-01", new ParentData("WORK_PACKAGE", tp1, "TP1", "TP1"),
                "2025-Q1", "PLANNED", t2));
        publish(MilestoneEvents.PLANNED, m2, 0, t2, planned(m2, code + "-02", new ParentData("MEASURE", tp11, "TP1.1", "TP1"),
                "2098", "ON_TRACK", t2));
        String indicator = id();
        Instant t2b = Instant.parse("2025-02-15T08:00:00Z");
        publish(ReportingEvents.INDICATOR_RECORDED, indicator, 0, t2b, indicator(indicator, tp11, 4, 10, 9, t2b));

        await().untilAsserted(() -> mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline", hasSize(2)))
                .andExpect(jsonPath("$.nationalIndicators", hasSize(1)))
                .andExpect(jsonPath("$.workPackages[0].confidence.rating").value("AMBER")));
        // what the views were before the later changes: M1's forecast (2025-Q1) ended before today and before 2025-05-01
        JsonNode roadmapThen = body("/api/progress/programmes/" + code + "/roadmap");
        JsonNode workPackageThen = body("/api/progress/work-packages/" + code + "/TP1");
        assertThat(roadmapThen.at("/milestones/overdue").asInt()).isEqualTo(1);

        // the later changes
        publish(WorkPackageEvents.CONFIDENCE_CHANGED, tp1, 3, t3, new ConfidenceChanged(tp1, programmeId, "TP1", "RED", "AMBER",
                "Rahoitus puuttuu", "stm-admin", t3, code));
        publish(WorkPackageEvents.MEASURE_ADDED, tp1, 4, t3, measures(t3, measure(tp12, "TP1.2")));
        publish(MilestoneEvents.ACHIEVED, m1, 1, t3, new MilestoneRevised(m1, code + "-01", programmeId, code,
                new ParentData("WORK_PACKAGE", tp1, "TP1", "TP1"), new LocalizedText("Virstanpylväs 01", null, null, "fi"),
                period("2025-Q1"), period("2025-Q1"), period("2025-05"), "ACHIEVED", List.of(), SOURCE, "PLANNED",
                period("2025-Q1"), "stm-admin", t3));
        publish(ReportingEvents.INDICATOR_CORRECTED, indicator, 1, t3, indicator(indicator, tp11, 5, 10, 8, t3));

        await().untilAsserted(() -> mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).with(Tokens.viewer()))
                .andExpect(jsonPath("$.workPackages[0].confidence.rating").value("RED"))
                .andExpect(jsonPath("$.workPackages[0].measures", hasSize(2)))
                .andExpect(jsonPath("$.milestones.achieved").value(1))
                .andExpect(jsonPath("$.nationalIndicators[0].categories[0].count").value(5)));

        // as of 2025-05-01: what it was (overdue judged on that day: M1 was overdue then too)
        JsonNode roadmapAsOf = body("/api/progress/programmes/" + code + "/roadmap?asOf=2025-05-01");
        assertThat(roadmapAsOf.get("asOf").asString()).isEqualTo("2025-05-01");
        assertThat(withoutAsOf(roadmapAsOf)).isEqualTo(withoutAsOf(roadmapThen));
        assertThat(withoutAsOf(body("/api/progress/work-packages/" + code + "/TP1?asOf=2025-05-01")))
                .isEqualTo(withoutAsOf(workPackageThen));
        assertThat(withoutAsOf(body("/api/progress/programmes/" + code + "/roadmap"))).isNotEqualTo(withoutAsOf(roadmapThen));

        // as of an instant before M1's forecast ended: not overdue on that day
        mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).param("asOf", "2025-03-15T12:00:00Z").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2025-03-15"))
                .andExpect(jsonPath("$.milestones.overdue").value(0))
                .andExpect(jsonPath("$.milestones.onTrack").value(2))
                .andExpect(jsonPath("$.workPackages[0].nextMilestone.code").value(code + "-01"))
                .andExpect(jsonPath("$.workPackages[0].nextMilestone.overdue").value(false))
                .andExpect(jsonPath("$.workPackages[0].measures[0].nationalIndicators[0].categories[0].count").value(4));
        // before the confidence and the milestones: one measure, no confidence, no milestones, no indicator
        mvc.perform(get("/api/progress/work-packages/{p}/{c}", code, "TP1").param("asOf", "2025-01-20").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confidence").value(nullValue()))
                .andExpect(jsonPath("$.confidenceHistory", hasSize(0)))
                .andExpect(jsonPath("$.measures[*].code", contains("TP1.1")))
                .andExpect(jsonPath("$.measures[0].nationalIndicators", hasSize(0)))
                .andExpect(jsonPath("$.milestones", hasSize(0)));
        mvc.perform(get("/api/progress/work-packages/{p}/{c}", code, "TP1").param("asOf", "2025-07-01").with(Tokens.viewer()))
                .andExpect(jsonPath("$.confidenceHistory[*].rating", contains("RED", "AMBER")))
                .andExpect(jsonPath("$.measures[*].code", contains("TP1.1", "TP1.2")));

        // the indicators as of a time
        mvc.perform(get("/api/progress/programmes/{code}/indicators", code).param("asOf", "2025-03-01").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2025-03-01"))
                .andExpect(jsonPath("$.nationalIndicators[0].categories[*].count", contains(4, 10, 9)));
        mvc.perform(get("/api/progress/programmes/{code}/indicators", code).param("asOf", "2025-02-01").with(Tokens.viewer()))
                .andExpect(jsonPath("$.nationalIndicators", hasSize(0)));

        // before the programme's first event: no data as of then
        mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).param("asOf", "2025-01-01").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", startsWith("No data as of")));
        mvc.perform(get("/api/progress/work-packages/{p}/{c}", code, "TP1").param("asOf", "2025-01-01").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", startsWith("No data as of")));
        mvc.perform(get("/api/progress/programmes/{code}/roadmap", "NOPE-" + code).param("asOf", "2025-05-01").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Programme NOPE-" + code + " does not exist."));
        // a bad or future asOf is a 400
        mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).param("asOf", "last week").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).param("asOf", LocalDate.now().plusDays(2).toString())
                .with(Tokens.viewer())).andExpect(status().isBadRequest());
    }

    // --- the regional matrix and the region ------------------------------------------------------------------

    @Test
    void the_matrix_and_the_region_as_of_a_past_time_are_what_they_were_then() throws Exception {
        String programme = "RA" + programmeId.substring(0, 5).toUpperCase();
        String round = id();
        String mA = id();
        String mB = id();
        Instant deadline = Instant.parse("2025-03-10T21:59:59Z");
        Instant opened = Instant.parse("2025-01-05T08:00:00Z");
        publish(ReportingEvents.ROUND_OPENED, round, 0, opened, new ReportingRoundChanged(
                round(round, programme, deadline, List.of(mA, mB), "OPEN", null), "stm-admin", opened));
        String p1 = id();
        String o1 = id();
        publishReport(p1, 1, Instant.parse("2025-02-01T08:00:00Z"), ReportingEvents.REPORT_SUBMITTED,
                report(p1, round, programme, "05", mA, "SUBMITTED", "PILOTING", null, 0));
        publishReport(o1, 1, Instant.parse("2025-02-10T08:00:00Z"), ReportingEvents.REPORT_SUBMITTED,
                report(o1, round, programme, "11", mA, "SUBMITTED", "PLANNING", null, 0));
        publishReport(p1, 2, Instant.parse("2025-03-01T08:00:00Z"), ReportingEvents.REPORT_VERIFIED,
                report(p1, round, programme, "05", mA, "VERIFIED", "PILOTING", "PILOTING", 0));

        await().untilAsserted(() -> mvc.perform(get("/api/progress/regional-matrix").param("programme", programme).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[*].organisers[?(@.code == '05')].cells[0].status", contains("VERIFIED")))
                .andExpect(jsonPath("$.areas[*].organisers[?(@.code == '11')].cells[0].status", contains("SUBMITTED"))));
        JsonNode matrixThen = body("/api/progress/regional-matrix?programme=" + programme);
        JsonNode regionThen = body("/api/progress/regions/05");
        assertThat(regionThen.at("/owes/0/overdue").asBoolean()).isTrue();

        // the later changes: the round closes, both reports are corrected after the close
        Instant closed = Instant.parse("2025-04-01T08:00:00Z");
        publish(ReportingEvents.ROUND_CLOSED, round, 1, closed, new ReportingRoundChanged(
                round(round, programme, deadline, List.of(mA, mB), "CLOSED", closed), "stm-admin", closed));
        publishReport(o1, 2, Instant.parse("2025-05-01T08:00:00Z"), ReportingEvents.REPORT_REVISED,
                report(o1, round, programme, "11", mA, "SUBMITTED", "ESTABLISHED", null, 1));
        publishReport(p1, 3, Instant.parse("2025-05-02T08:00:00Z"), ReportingEvents.REPORT_REVISED,
                report(p1, round, programme, "05", mA, "VERIFIED", "ESTABLISHED", "PARTIAL", 1));
        await().untilAsserted(() -> mvc.perform(get("/api/progress/regional-matrix").param("programme", programme).with(Tokens.viewer()))
                .andExpect(jsonPath("$.rounds[0].status").value("CLOSED"))
                .andExpect(jsonPath("$.areas[*].organisers[?(@.code == '05')].cells[0].selfReported.level", contains("ESTABLISHED")))
                .andExpect(jsonPath("$.areas[*].organisers[?(@.code == '11')].cells[0].selfReported.level", contains("ESTABLISHED"))));

        // as of 2025-03-15: what they were
        assertThat(body("/api/progress/regional-matrix?programme=" + programme + "&asOf=2025-03-15")).isEqualTo(matrixThen);
        assertThat(body("/api/progress/regions/05?asOf=2025-03-15")).isEqualTo(regionThen);
        assertThat(body("/api/progress/regional-matrix?programme=" + programme)).isNotEqualTo(matrixThen);
        assertThat(body("/api/progress/regions/05")).isNotEqualTo(regionThen);

        // as of an instant before the verification and the second report
        mvc.perform(get("/api/progress/regional-matrix").param("programme", programme).param("asOf", "2025-02-05T00:00:00Z")
                        .with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("CURRENT"))
                .andExpect(jsonPath("$.rounds[0].status").value("OPEN"))
                .andExpect(jsonPath("$.areas[*].organisers[?(@.code == '05')].cells[0].status", contains("SUBMITTED")))
                .andExpect(jsonPath("$.areas[*].organisers[?(@.code == '05')].cells[0].verified", contains(nullValue())))
                .andExpect(jsonPath("$.areas[*].organisers[?(@.code == '11')].cells[0].status", contains("NOT_REPORTED")));
        // the ports the roadmap reads, as of then and now
        assertThat(coverage.of(List.of(mA), Instant.parse("2025-02-05T00:00:00Z")).get(mA).selfReported())
                .containsEntry("PILOTING", 1).containsEntry("PLANNING", 0);
        assertThat(coverage.of(List.of(mA)).get(mA).selfReported()).containsEntry("ESTABLISHED", 2);
        List<RegionalImplementation.Cell> cells = implementation.latestByRegion(List.of(mA), Instant.parse("2025-03-15T00:00:00Z")).get(mA);
        assertThat(cells).extracting(RegionalImplementation.Cell::regionCode).containsExactly("05", "11");
        assertThat(cells.get(0).selfReported().level()).isEqualTo("PILOTING");
        assertThat(cells.get(0).verified().level()).isEqualTo("PILOTING");
        assertThat(cells.get(1).selfReported().level()).isEqualTo("PLANNING");
        assertThat(cells.get(1).verified()).isNull();
        assertThat(implementation.latestByRegion(List.of(mA)).get(mA).get(0).verified().level()).isEqualTo("PARTIAL");

        // before the programme's first round: no data as of then; asOf with a round is a 400
        mvc.perform(get("/api/progress/regional-matrix").param("programme", programme).param("asOf", "2025-01-01").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", startsWith("No data as of")));
        mvc.perform(get("/api/progress/regions/05").param("asOf", "2000-01-01").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", startsWith("No data as of")));
        mvc.perform(get("/api/progress/regional-matrix").param("programme", programme).param("round", round).param("asOf", "2025-03-15")
                .with(Tokens.viewer())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/regions/05").param("asOf", "2025-13-01").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private JsonNode body(String uri) throws Exception {
        String json = mvc.perform(get(uri).with(Tokens.viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return JSON.readTree(json);
    }

    private static JsonNode withoutAsOf(JsonNode view) {
        ObjectNode copy = (ObjectNode) view.deepCopy();
        copy.remove("asOf");
        return copy;
    }

    private MeasureChanged measures(Instant at, MeasureData measure) {
        return new MeasureChanged(tp1, programmeId, List.of(measure), null, "stm-admin", at, "TP1", code);
    }

    private MeasureData measure(String measureId, String measureCode) {
        return new MeasureData(measureId, tp1, programmeId, measureCode, new LocalizedText("Toimenpide " + measureCode, null, null, "fi"),
                TERMS, "ACTIVE", List.of(), List.of(), "TP1", code, null);
    }

    private MilestonePlanned planned(String milestoneId, String milestoneCode, ParentData parent, String forecast, String status,
            Instant at) {
        return new MilestonePlanned(milestoneId, milestoneCode, programmeId, code, parent,
                new LocalizedText("Virstanpylväs " + milestoneCode.substring(milestoneCode.length() - 2), null, null, "fi"),
                period(forecast), period(forecast), null, status, List.of(), SOURCE, "stm-admin", at);
    }

    private NationalIndicatorChanged indicator(String indicatorId, String measureId, int whole, int part, int none, Instant at) {
        return new NationalIndicatorChanged(new NationalIndicatorData(indicatorId, programmeId, code, measureId, "TP1.1",
                new LocalizedText("Rakenteellinen sosiaalityö", null, "Structural social work", "fi"), period("2020-09"),
                new LocalizedText("hankealue", null, "project area", "fi"), whole + part + none, List.of(
                        new NationalIndicatorData.Category("WHOLE", new LocalizedText("koko alue", null, null, "fi"), whole, null),
                        new NationalIndicatorData.Category("PART", new LocalizedText("osa aluetta", null, null, "fi"), part, null),
                        new NationalIndicatorData.Category("NONE", new LocalizedText("ei", null, null, "fi"), none, null)),
                new NationalIndicatorData.Source(new LocalizedText("THL 2020", null, null, "fi"), null), null, SOURCE),
                "stm-admin", at);
    }

    private static ReportingRoundData round(String roundId, String programme, Instant deadline, List<String> measures, String status,
            Instant closedAt) {
        PeriodData period = Period.parse("2024-H2").toData();
        List<MeasureKeyData> keys = measures.stream().map(id -> new MeasureKeyData(id, "TP9." + (measures.indexOf(id) + 1),
                new LocalizedText("Toimenpide " + (measures.indexOf(id) + 1), null, null, "fi"))).toList();
        List<String> regions = List.of("05", "11");
        return new ReportingRoundData(roundId, "prog-" + programme, programme, new LocalizedText("Seuranta 2024-H2", null, null, "fi"),
                period, deadline, measures, keys, regions,
                regions.stream().map(region -> new RegionKeyData(region, new LocalizedText("Alue " + region, null, null, "fi"))).toList(),
                status, closedAt, closedAt == null ? null : "BY_HAND", null);
    }

    private static RegionalReportData report(String reportId, String roundId, String programme, String region, String measureId,
            String status, String level, String verified, int corrections) {
        return new RegionalReportData(reportId, roundId, "prog-" + programme, programme, measureId, "TP9.1", region,
                new LocalizedText("Alue " + region, null, null, "fi"), status,
                new ReportContentData(level, null, null, new LocalizedText("Kuvaus.", null, null, "fi"), List.of(), List.of()),
                verified == null ? null : new VerificationData(verified, "PARTIAL".equals(verified) ? 40.0 : null,
                        "PARTIAL".equals(verified) ? "POPULATION" : null, null, "thl-verifier", Instant.parse("2025-03-01T08:00:00Z")),
                "reporter-" + region, corrections, null);
    }

    private void publishReport(String reportId, long version, Instant at, EventContract<RegionalReportChanged> contract,
            RegionalReportData report) {
        String comment = contract == ReportingEvents.REPORT_REVISED ? "Korjattu kierroksen jälkeen." : null;
        publish(contract, reportId, version, at, new RegionalReportChanged(report, comment, "someone", at));
    }

    private static PeriodData period(String canonical) {
        return Period.parse(canonical).toData();
    }

    private <T> void publish(EventContract<T> contract, String key, long version, Instant time, T data) {
        CloudEvent event = TestEvents.of(contract, key, version, time, eventJson.write(data));
        // one partition per topic in the embedded broker: the order of sends is the order of consumption
        kafka.send(new ProducerRecord<>(contract.topic(), key, event)).join();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
