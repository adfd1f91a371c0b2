package fi.tiekartta.progress.roadmap;

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
import fi.tiekartta.contracts.programme.RelationData;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.NoteData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.regional.MeasureCoverage;
import fi.tiekartta.progress.regional.RegionalImplementation;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roadmap views from contract events on the embedded broker: a programme with two work packages, measures with
 * a split, confidence changes and milestones in every status (overdue judged on today: past periods are overdue,
 * 2098–2099 are not).
 */
@ServiceIntegrationTest
@Import(RoadmapTestPorts.class)
class RoadmapProjectionIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final List<String> TERMS = List.of("2019-2023", "2023-2027", "2027-2031");

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    RoadmapAttention attention;
    @Autowired
    ChangeFeed changes;

    String programmeId;
    String code;
    String tp1;
    String tp2;
    final String tp11 = id();
    final String tp12 = id();
    final String tp12a = id();
    final String tp12b = id();

    @BeforeEach
    void names() {
        programmeId = id();
        code = "RM-" + programmeId.substring(0, 6).toUpperCase();
        tp1 = id();
        tp2 = id();
    }

    @Test
    void the_roadmap_shows_work_packages_measures_confidence_counts_and_the_timeline_on_terms() throws Exception {
        publishProgramme();
        // a milestone of TP2 comes before TP2 is defined: it shows under TP2 once TP2 arrives
        String early = planned(tp2, "WORK_PACKAGE", "TP2", "TP2", code + "-10", "PLANNED", "2098-Q2", "2098-Q2", null, 0);
        publishWorkPackages();
        String achieved = planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-01", "PLANNED", "2021-spring", "2021-spring", null, 0);
        publishMilestone(MilestoneEvents.ACHIEVED, revised(achieved, tp1, "WORK_PACKAGE", "TP1", code + "-01", "ACHIEVED",
                "2021-spring", "2021-spring", "2021-05", "PLANNED"), 1);
        String overdue = planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-02", "PLANNED", "2021", "2021", null, 0);
        planned(tp11, "MEASURE", "TP1.1", "TP1", code + "-03", "ON_TRACK", "2099", "2099", null, 0);
        String atRisk = planned(tp12a, "MEASURE", "TP1.2A", "TP1", code + "-04", "AT_RISK", "2098", "2098", null, 0);
        planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-05", "NOT_RECORDED", "2022", "2022", null, 0);
        planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-06", "MISSED", "2022", "2022", null, 0);
        planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-07", "CANCELLED", "2022", "2022", null, 0);
        planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-08", "PLANNED", "2023/..", "2023/..", null, 0);
        String slipped = planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-09", "PLANNED", "2030", "2031", null, 0);

        RoadmapTestPorts.COVERAGE.put(tp11, new MeasureCoverage.Coverage(tp11, 22,
                Map.of("NOT_STARTED", 10, "PILOTING", 2, "ESTABLISHED", 1), Map.of("PILOTING", 1), "round-1"));
        RoadmapTestPorts.COVERAGE.put(tp12a, new MeasureCoverage.Coverage(tp12a, 22, Map.of("PARTIAL", 3), Map.of(), "round-1"));
        RoadmapTestPorts.COVERAGE.put(tp12, new MeasureCoverage.Coverage(tp12, 22, Map.of("ESTABLISHED", 5), Map.of(), "round-0"));
        RegionalImplementation.Level piloting = new RegionalImplementation.Level("PILOTING", null, null, "round-1",
                new LocalizedText("Kierros 1", null, null, "fi"), "2026-H1", "VERIFIED");
        RoadmapTestPorts.CELLS.put(tp11, List.of(
                new RegionalImplementation.Cell(tp11, "17", RoadmapTestPorts.region("Pohjanmaa"), piloting, null),
                new RegionalImplementation.Cell(tp11, "09", RoadmapTestPorts.region("Päijät-Häme"), piloting, piloting)));

        await().untilAsserted(() -> mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline", hasSize(10)))
                .andExpect(jsonPath("$.workPackages[0].confidence.rating").value("RED"))
                .andExpect(jsonPath("$.workPackages[0].measures", hasSize(4))));

        mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.code").value(code))
                .andExpect(jsonPath("$.programme.names.fi").value("Testiohjelma"))
                .andExpect(jsonPath("$.programme.vision.fi").value("Visio"))
                .andExpect(jsonPath("$.programme.goals[0].code").value("I"))
                .andExpect(jsonPath("$.programme.status").value("ACTIVE"))
                .andExpect(jsonPath("$.programme.statusBasis.kind").value("INFERENCE"))
                .andExpect(jsonPath("$.programme.period.value").value("2019/2031"))
                .andExpect(jsonPath("$.programme.origin.government").value("Marin"))
                .andExpect(jsonPath("$.programme.relations[0].type").value("PART_OF"))
                .andExpect(jsonPath("$.terms[*].id", contains("2019-2023", "2023-2027", "2027-2031")))
                .andExpect(jsonPath("$.terms[0].start").value("2019-06-06"))
                .andExpect(jsonPath("$.terms[0].end").value("2023-06-20"))
                .andExpect(jsonPath("$.terms[1].start").value("2023-06-20"))
                .andExpect(jsonPath("$.terms[0].label.fi").isString())
                .andExpect(jsonPath("$.milestones.total").value(10))
                .andExpect(jsonPath("$.workPackages[*].code", contains("TP1", "TP2")))
                // TP1: its own milestones and its measures'
                .andExpect(jsonPath("$.workPackages[0].title.fi").value("Ohjaus"))
                .andExpect(jsonPath("$.workPackages[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.workPackages[0].statusBasis.kind").value("SOURCE"))
                .andExpect(jsonPath("$.workPackages[0].notes[0].text.fi").value("Huomio"))
                .andExpect(jsonPath("$.workPackages[0].termIds", contains("2019-2023", "2023-2027")))
                .andExpect(jsonPath("$.workPackages[0].confidence.rationale").value("Rahoitus puuttuu"))
                .andExpect(jsonPath("$.workPackages[0].confidence.previousRating").value("AMBER"))
                .andExpect(jsonPath("$.workPackages[0].confidence.assessedBy").value("stm-admin"))
                .andExpect(jsonPath("$.workPackages[0].confidence.assessedAt").value("2026-11-22T10:00:00Z"))
                .andExpect(jsonPath("$.workPackages[0].milestones.total").value(9))
                .andExpect(jsonPath("$.workPackages[0].milestones.achieved").value(1))
                .andExpect(jsonPath("$.workPackages[0].milestones.onTrack").value(3))
                .andExpect(jsonPath("$.workPackages[0].milestones.atRisk").value(1))
                .andExpect(jsonPath("$.workPackages[0].milestones.overdue").value(1))
                .andExpect(jsonPath("$.workPackages[0].milestones.notRecorded").value(1))
                .andExpect(jsonPath("$.workPackages[0].milestones.missed").value(1))
                .andExpect(jsonPath("$.workPackages[0].milestones.cancelled").value(1))
                .andExpect(jsonPath("$.workPackages[0].nextMilestone.code").value(code + "-02"))
                .andExpect(jsonPath("$.workPackages[0].nextMilestone.overdue").value(true))
                // measures in code order, with the split's lineage by code
                .andExpect(jsonPath("$.workPackages[0].measures[*].code", contains("TP1.1", "TP1.2", "TP1.2A", "TP1.2B")))
                .andExpect(jsonPath("$.workPackages[0].measures[1].status").value("SPLIT"))
                .andExpect(jsonPath("$.workPackages[0].measures[1].successors[*].code", contains("TP1.2A", "TP1.2B")))
                .andExpect(jsonPath("$.workPackages[0].measures[2].predecessors[*].code", contains("TP1.2")))
                .andExpect(jsonPath("$.workPackages[0].measures[2].predecessors[0].measureId").value(tp12))
                .andExpect(jsonPath("$.workPackages[0].measures[0].milestones.onTrack").value(1))
                .andExpect(jsonPath("$.workPackages[0].measures[0].coverage.organisers").value(22))
                .andExpect(jsonPath("$.workPackages[0].measures[0].coverage.selfReported.NOT_STARTED").value(10))
                .andExpect(jsonPath("$.workPackages[0].measures[3].coverage").value(nullValue()))
                // summed over the active measures (TP1.1, TP1.2A), not the split TP1.2
                .andExpect(jsonPath("$.workPackages[0].coverage.measures").value(2))
                .andExpect(jsonPath("$.workPackages[0].coverage.cells").value(44))
                .andExpect(jsonPath("$.workPackages[0].coverage.selfReported.PARTIAL").value(3))
                .andExpect(jsonPath("$.workPackages[0].coverage.selfReported.ESTABLISHED").value(1))
                .andExpect(jsonPath("$.workPackages[0].coverage.verified.PILOTING").value(1))
                // TP2: the milestone that came before it
                .andExpect(jsonPath("$.workPackages[1].confidence.rating").value("GREEN"))
                .andExpect(jsonPath("$.workPackages[1].milestones.total").value(1))
                .andExpect(jsonPath("$.workPackages[1].milestones.onTrack").value(1))
                .andExpect(jsonPath("$.workPackages[1].nextMilestone.milestoneId").value(early))
                .andExpect(jsonPath("$.workPackages[1].coverage").value(nullValue()))
                // the timeline: earliest forecast first, with the periods and the terms they fall in
                .andExpect(jsonPath("$.timeline[0].code").value(code + "-02"))
                .andExpect(jsonPath("$.timeline[1].code").value(code + "-01"))
                .andExpect(jsonPath("$.timeline[1].status").value("ACHIEVED"))
                .andExpect(jsonPath("$.timeline[1].actual.value").value("2021-05"))
                .andExpect(jsonPath("$.timeline[1].actual.label.fi").value("toukokuu 2021"))
                .andExpect(jsonPath("$.timeline[1].actual.start").value("2021-05-01"))
                .andExpect(jsonPath("$.timeline[1].actual.end").value("2021-05-31"))
                .andExpect(jsonPath("$.timeline[1].baseline.label.fi").value("kevät 2021"))
                .andExpect(jsonPath("$.timeline[1].terms", contains("2019-2023")))
                .andExpect(jsonPath("$.timeline[?(@.code == '" + code + "-08')].forecast.end").value(contains(nullValue())))
                .andExpect(jsonPath("$.timeline[?(@.code == '" + code + "-08')].forecast.precision").value(contains("OPEN_ENDED")))
                .andExpect(jsonPath("$.timeline[?(@.code == '" + code + "-08')].terms[*]").value(contains("2019-2023", "2023-2027", "2027-2031")))
                .andExpect(jsonPath("$.timeline[?(@.code == '" + code + "-09')].slipped").value(contains(true)))
                .andExpect(jsonPath("$.timeline[?(@.code == '" + code + "-05')].overdue").value(contains(false)))
                .andExpect(jsonPath("$.timeline[?(@.code == '" + code + "-10')].workPackageCode").value(contains("TP2")));

        mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP1").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.code").value(code))
                .andExpect(jsonPath("$.programme.terms", hasSize(3)))
                .andExpect(jsonPath("$.code").value("TP1"))
                .andExpect(jsonPath("$.confidenceHistory[*].rating", contains("RED", "AMBER")))
                .andExpect(jsonPath("$.confidenceHistory[0].rationale").value("Rahoitus puuttuu"))
                .andExpect(jsonPath("$.measures[*].code", contains("TP1.1", "TP1.2", "TP1.2A", "TP1.2B")))
                .andExpect(jsonPath("$.milestones", hasSize(9)))
                .andExpect(jsonPath("$.milestones[0].code").value(code + "-02"))
                .andExpect(jsonPath("$.milestones[?(@.code == '" + code + "-02')].overdue").value(contains(true)))
                .andExpect(jsonPath("$.milestones[?(@.code == '" + code + "-04')].parent.code").value(contains("TP1.2A")))
                .andExpect(jsonPath("$.milestones[?(@.code == '" + code + "-09')].baseline.value").value(contains("2030")))
                .andExpect(jsonPath("$.milestones[?(@.code == '" + code + "-09')].forecast.value").value(contains("2031")))
                .andExpect(jsonPath("$.milestones[?(@.code == '" + code + "-01')].basis.kind").value(contains("SOURCE")))
                .andExpect(jsonPath("$.milestoneCounts.overdue").value(1))
                .andExpect(jsonPath("$.nextMilestone.milestoneId").value(overdue))
                .andExpect(jsonPath("$.implementation[*].regionCode", contains("09", "17")))
                .andExpect(jsonPath("$.implementation[0].regionName.fi").value("Päijät-Häme"))
                .andExpect(jsonPath("$.implementation[0].measures['TP1.1'].verified.level").value("PILOTING"))
                .andExpect(jsonPath("$.implementation[0].measures['TP1.1'].selfReported.roundId").value("round-1"))
                .andExpect(jsonPath("$.implementation[1].measures['TP1.1'].verified").value(nullValue()));

        mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP2").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[*].milestoneId", contains(early)))
                .andExpect(jsonPath("$.implementation", empty()));

        RoadmapAttention.Items items = attention.attention(code);
        assertThat(items.overdue()).extracting(RoadmapAttention.MilestoneItem::milestoneId).containsExactly(overdue);
        assertThat(items.overdue().get(0).programmeCode()).isEqualTo(code);
        assertThat(items.atRisk()).extracting(RoadmapAttention.MilestoneItem::milestoneId).containsExactly(slipped, atRisk);
        assertThat(items.atRisk().get(0).reasons()).containsExactly("SLIPPED");
        assertThat(items.atRisk().get(1).reasons()).containsExactly("AT_RISK");
        assertThat(items.lowConfidence()).extracting(RoadmapAttention.WorkPackageItem::code).containsExactly("TP1");
        assertThat(items.lowConfidence().get(0).rating()).isEqualTo("RED");
        assertThat(attention.attention(null).overdue()).extracting(RoadmapAttention.MilestoneItem::milestoneId).contains(overdue);
        assertThat(attention.attention("NO-SUCH").overdue()).isEmpty();

        // every applied event is in the change feed: the achievement with its summary
        assertThat(changes.recent(code, null, "MILESTONE", PageRequest.of(0, 50)).getContent())
                .anySatisfy(entry -> {
                    assertThat(entry.subjectId()).isEqualTo(achieved);
                    assertThat(entry.summary().fi()).isEqualTo("saavutettu");
                    assertThat(entry.summary().en()).isEqualTo("achieved");
                    assertThat(entry.workPackageCode()).isEqualTo("TP1"); // the work package it belongs to
                });
        assertThat(changes.recent(code, null, "MEASURE", PageRequest.of(0, 50)).getContent())
                .anySatisfy(entry -> {
                    assertThat(entry.summary().en()).isEqualTo("measure split");
                    assertThat(entry.workPackageCode()).isEqualTo("TP1");
                });

        // the same, over HTTP, for every reader: what needs attention, and the feed newest first
        mvc.perform(get("/api/progress/attention").param("programme", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmeCode").value(code))
                .andExpect(jsonPath("$.withinDays").value(14))
                .andExpect(jsonPath("$.milestones.overdue[*].milestoneId", contains(overdue)))
                .andExpect(jsonPath("$.milestones.atRisk[*].milestoneId", contains(slipped, atRisk)))
                .andExpect(jsonPath("$.milestones.lowConfidence[*].code", contains("TP1")))
                .andExpect(jsonPath("$.reports", empty()));
        mvc.perform(get("/api/progress/attention").param("programme", "shko").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/changes").param("programme", code).param("kind", "MILESTONE").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].subjectId", org.hamcrest.Matchers.hasItem(achieved)))
                .andExpect(jsonPath("$.content[*].kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("MILESTONE"))))
                .andExpect(jsonPath("$.content[0].programmeCode").value(code));
        mvc.perform(get("/api/progress/changes").param("kind", "GOSSIP").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_same_event_twice_or_an_older_one_after_a_newer_changes_nothing() throws Exception {
        publishProgramme();
        publishWorkPackages();
        String milestone = planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-01", "PLANNED", "2099", "2099", null, 0);
        CloudEvent achievedEvent = event(MilestoneEvents.ACHIEVED, milestone, eventJson.write(revised(milestone, tp1,
                "WORK_PACKAGE", "TP1", code + "-01", "ACHIEVED", "2099", "2099", "2026-11", "PLANNED")), 2);
        send(MilestoneEvents.ACHIEVED, milestone, achievedEvent);
        send(MilestoneEvents.ACHIEVED, milestone, achievedEvent);
        // older than what the view holds: changes nothing
        publishMilestone(MilestoneEvents.REVISED, revised(milestone, tp1, "WORK_PACKAGE", "TP1", code + "-01", "AT_RISK",
                "2099", "2099", null, "PLANNED"), 1);
        // the confidence event again with its own id: one history entry
        CloudEvent confidence = event(WorkPackageEvents.CONFIDENCE_CHANGED, tp2, eventJson.write(new ConfidenceChanged(tp2,
                programmeId, "TP2", "AMBER_RED", "GREEN", "Viivästyy", "stm-admin", T0.plusSeconds(7200), code)), 2);
        send(WorkPackageEvents.CONFIDENCE_CHANGED, tp2, confidence);
        send(WorkPackageEvents.CONFIDENCE_CHANGED, tp2, confidence);
        String marker = planned(tp1, "WORK_PACKAGE", "TP1", "TP1", code + "-99", "PLANNED", "2099", "2099", null, 0);
        CloudEvent wpMarker = event(WorkPackageEvents.MEASURE_ADDED, tp2, eventJson.write(measures(tp2, "TP2",
                List.of(measure(id(), tp2, "TP2", "TP2.9", "ACTIVE", List.of(), List.of())))), 3);
        send(WorkPackageEvents.MEASURE_ADDED, tp2, wpMarker);

        await().untilAsserted(() -> mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP1").with(Tokens.viewer()))
                .andExpect(jsonPath("$.milestones[*].milestoneId", containsInAnyOrder(milestone, marker))));
        await().untilAsserted(() -> mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP2").with(Tokens.viewer()))
                .andExpect(jsonPath("$.measures[*].code", contains("TP2.9"))));

        mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP1").with(Tokens.viewer()))
                .andExpect(jsonPath("$.milestones[?(@.milestoneId == '" + milestone + "')].status").value(contains("ACHIEVED")))
                .andExpect(jsonPath("$.milestones[?(@.milestoneId == '" + milestone + "')].actual.value").value(contains("2026-11")))
                .andExpect(jsonPath("$.milestoneCounts.achieved").value(1))
                .andExpect(jsonPath("$.milestoneCounts.atRisk").value(0));
        mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP2").with(Tokens.viewer()))
                .andExpect(jsonPath("$.confidenceHistory[*].rating", contains("AMBER_RED", "GREEN")))
                .andExpect(jsonPath("$.confidence.rating").value("AMBER_RED"));
        assertThat(changes.recent(code, null, "MILESTONE", PageRequest.of(0, 50)).getContent())
                .filteredOn(entry -> entry.eventId().equals(achievedEvent.getId())).hasSize(1);
        assertThat(changes.recent(code, null, "MILESTONE", PageRequest.of(0, 50)).getContent())
                .filteredOn(entry -> entry.subjectId().equals(milestone)).hasSize(2); // planned, achieved: not the older revision
        assertThat(attention.attention(code).lowConfidence()).extracting(RoadmapAttention.WorkPackageItem::rating)
                .containsExactly("RED", "AMBER_RED");
    }

    @Test
    void unknown_programmes_and_work_packages_are_404_and_bad_codes_400() throws Exception {
        publishProgramme();
        await().untilAsserted(() -> mvc.perform(get("/api/progress/programmes/{code}/roadmap", code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workPackages", empty()))
                .andExpect(jsonPath("$.milestones.total").value(0)));
        mvc.perform(get("/api/progress/programmes/{code}/roadmap", "NO-SUCH-PROGRAMME").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP9").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/progress/work-packages/{programme}/{code}", "NO-SUCH", "TP1").with(Tokens.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/progress/programmes/{code}/roadmap", "shko").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "tp 3").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/programmes/{code}/roadmap?unknown=1", code).with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/progress/programmes/{code}/roadmap", code)).andExpect(status().isUnauthorized());
    }

    // --- the events -----------------------------------------------------------------------------------------

    private void publishProgramme() {
        BasisData source = new BasisData("SOURCE", "[001] slide 'Tiekartta'", null);
        ProgrammeCreated created = new ProgrammeCreated(programmeId, code, new LocalizedText("Testiohjelma", null, "Test programme", "fi"),
                "NATIONAL", "STM", "stm-admin", T0, new LocalizedText("Visio", null, null, "fi"),
                List.of(new StrategicGoalData("I", new LocalizedText("Tavoite", null, null, "fi"))), List.of(), TERMS, "ACTIVE",
                Period.parse("2019/2031").toData(),
                new OriginData("Marin", "2019-2023", "3.6", null, "4", null, null, null, null, source),
                List.of(new RelationData("PART_OF", null, new LocalizedText("Toinen ohjelma", null, null, "fi"), source)), source,
                new BasisData("INFERENCE", "[001]", new LocalizedText(null, null, "Under way.", "en")));
        send(ProgrammeEvents.CREATED, programmeId, event(ProgrammeEvents.CREATED, programmeId, eventJson.write(created), 0));
    }

    private void publishWorkPackages() {
        BasisData source = new BasisData("SOURCE", "[001]", null);
        WorkPackageData one = new WorkPackageData(tp1, programmeId, "TP1", new LocalizedText("Ohjaus", "Styrning", "Steering", "fi"),
                List.of("I"), List.of("2019-2023", "2023-2027"), null, "ACTIVE", List.of(), code,
                List.of(new NoteData(new LocalizedText("Huomio", null, null, "fi"), source)), source, source);
        WorkPackageData two = new WorkPackageData(tp2, programmeId, "TP2", new LocalizedText("Tutkimus", null, null, "fi"),
                List.of(), TERMS, null, "PLANNED", List.of(), code, List.of(), null, null);
        sendData(WorkPackageEvents.DEFINED, tp1, new WorkPackageDefined(one, "stm-admin", T0), 0);
        sendData(WorkPackageEvents.DEFINED, tp2, new WorkPackageDefined(two, "stm-admin", T0), 0);
        sendData(WorkPackageEvents.CONFIDENCE_CHANGED, tp1, new ConfidenceChanged(tp1, programmeId, "TP1", "AMBER", null,
                "Alkuvaihe", "stm-admin", T0.plusSeconds(3600), code), 1);
        sendData(WorkPackageEvents.CONFIDENCE_CHANGED, tp1, new ConfidenceChanged(tp1, programmeId, "TP1", "RED", "AMBER",
                "Rahoitus puuttuu", "stm-admin", T0.plusSeconds(7200), code), 2);
        sendData(WorkPackageEvents.CONFIDENCE_CHANGED, tp2, new ConfidenceChanged(tp2, programmeId, "TP2", "GREEN", null,
                "Hyvä", "stm-admin", T0.plusSeconds(3600), code), 1);
        sendData(WorkPackageEvents.MEASURE_ADDED, tp1, measures(tp1, "TP1",
                List.of(measure(tp11, tp1, "TP1", "TP1.1", "ACTIVE", List.of(), List.of()))), 3);
        sendData(WorkPackageEvents.MEASURE_ADDED, tp1, measures(tp1, "TP1",
                List.of(measure(tp12, tp1, "TP1", "TP1.2", "ACTIVE", List.of(), List.of()))), 4);
        sendData(WorkPackageEvents.MEASURE_SPLIT, tp1, measures(tp1, "TP1", List.of(
                measure(tp12, tp1, "TP1", "TP1.2", "SPLIT", List.of(), List.of(tp12a, tp12b)),
                measure(tp12a, tp1, "TP1", "TP1.2A", "ACTIVE", List.of(tp12), List.of()),
                measure(tp12b, tp1, "TP1", "TP1.2B", "ACTIVE", List.of(tp12), List.of()))), 5);
    }

    private MeasureChanged measures(String workPackageId, String workPackageCode, List<MeasureData> measures) {
        return new MeasureChanged(workPackageId, programmeId, measures, null, "stm-admin", T0.plusSeconds(600), workPackageCode, code);
    }

    private MeasureData measure(String measureId, String workPackageId, String workPackageCode, String measureCode, String status,
            List<String> predecessors, List<String> successors) {
        return new MeasureData(measureId, workPackageId, programmeId, measureCode, new LocalizedText("Toimenpide " + measureCode, null, null, "fi"),
                List.of("2023-2027"), status, predecessors, successors, workPackageCode, code, null);
    }

    /** Plans a milestone (version {@code version}); answers its id. */
    private String planned(String parentId, String kind, String parentCode, String workPackageCode, String milestoneCode,
            String status, String baseline, String forecast, String actual, long version) {
        String milestoneId = id();
        MilestonePlanned data = new MilestonePlanned(milestoneId, milestoneCode, programmeId, code,
                new ParentData(kind, parentId, parentCode, workPackageCode), new LocalizedText("Virstanpylväs " + milestoneCode, null, null, "fi"),
                period(baseline), period(forecast), period(actual), status, List.of(),
                new BasisData("SOURCE", "[001] slide 'Aikataulu'", null), "stm-admin", T0);
        sendData(MilestoneEvents.PLANNED, milestoneId, data, version);
        return milestoneId;
    }

    private MilestoneRevised revised(String milestoneId, String parentId, String kind, String parentCode, String milestoneCode,
            String status, String baseline, String forecast, String actual, String previousStatus) {
        return new MilestoneRevised(milestoneId, milestoneCode, programmeId, code, new ParentData(kind, parentId, parentCode, "TP1"),
                new LocalizedText("Virstanpylväs " + milestoneCode, null, null, "fi"), period(baseline), period(forecast),
                period(actual), status, List.of(), new BasisData("SOURCE", "[001] slide 'Aikataulu'", null), previousStatus,
                period(forecast), "stm-admin", T0.plusSeconds(60));
    }

    private void publishMilestone(EventContract<MilestoneRevised> contract, MilestoneRevised data, long version) {
        sendData(contract, data.milestoneId(), data, version);
    }

    private static PeriodData period(String canonical) {
        return canonical == null ? null : Period.parse(canonical).toData();
    }

    private <T> void sendData(EventContract<T> contract, String aggregateId, T data, long version) {
        send(contract, aggregateId, event(contract, aggregateId, eventJson.write(data), version));
    }

    private CloudEvent event(EventContract<?> contract, String aggregateId, String json, long version) {
        return TestEvents.of(contract, aggregateId, version, T0, json);
    }

    private void send(EventContract<?> contract, String aggregateId, CloudEvent event) {
        // one partition per topic in the embedded broker: the order of sends is the order of consumption
        kafka.send(new ProducerRecord<>(contract.topic(), aggregateId, event)).join();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
