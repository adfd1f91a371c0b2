package fi.tiekartta.progress.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
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
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole read model rebuilt from the topics: events of a programme (work packages, measures, confidence,
 * milestones) and of a reporting round build the views live; a rebuild replays every topic into generation 1 while
 * generation 0 keeps answering; after the switch every view answers as it did, and new events land in generation 1.
 * A database and broker of its own (a context of its own), so the rebuild replays only what this test sent.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.mongodb.database=progress-rebuild-test", "tiekartta.progress.rebuild.poll-interval=100ms"})
class RebuildIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final List<String> TERMS = List.of("2019-2023", "2023-2027", "2027-2031");
    private static final BasisData SOURCE = new BasisData("SOURCE", "[001]", null);
    /** Fields that say which event last changed a document: the same event in both generations, but not shown anyway. */
    private static final Set<String> IGNORED = Set.of("lastEventId");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    MongoClient mongoClient;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final String programmeId = id();
    final String code = "RB" + programmeId.substring(0, 4).toUpperCase();
    final String tp1 = id();
    final String tp2 = id();
    final String m1 = id();
    final String m2 = id();
    final String roundId = id();

    @Test
    void a_rebuild_replays_every_topic_into_a_new_generation_and_switches_over_while_the_views_keep_answering()
            throws Exception {
        publishRoadmap();
        publishReporting();
        // poison on a topic: dead-lettered live, skipped (not dead-lettered again) by the replay
        String poison = id();
        kafka.send(new ProducerRecord<>(ProgrammeEvents.CREATED.topic(), poison,
                TestEvents.unchecked(ProgrammeEvents.CREATED, poison, 0, T0, "{}"))).join();
        Map<String, String> views = views();
        await().atMost(Duration.ofSeconds(30)).until(() -> complete(views));
        Map<String, JsonNode> live = read(views);
        assertThat(live).allSatisfy((view, body) -> assertThat(body).as(view).isNotNull());

        mvc.perform(post("/api/progress/admin/rebuild").with(Tokens.viewer())).andExpect(status().isForbidden());
        mvc.perform(post("/api/progress/admin/rebuild").with(Tokens.admin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.generation").value(1))
                .andExpect(jsonPath("$.activeGeneration").value(0))
                .andExpect(jsonPath("$.phase").value("REPLAYING"));
        mvc.perform(post("/api/progress/admin/rebuild").with(Tokens.admin()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        // while it runs, every view keeps answering as before, and readiness says a rebuild is under way (still UP)
        Set<RebuildPhase> seen = EnumSet.noneOf(RebuildPhase.class);
        int readsDuringRebuild = 0;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonNode status = json(mvc.perform(get("/api/progress/admin/rebuild").with(Tokens.admin()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            RebuildPhase phase = RebuildPhase.valueOf(status.get("phase").asString());
            assertThat(phase).isNotEqualTo(RebuildPhase.FAILED);
            if (phase == RebuildPhase.SWITCHED) {
                assertThat(status.get("generation").asInt()).isEqualTo(1);
                assertThat(status.get("activeGeneration").asInt()).isEqualTo(1);
                assertThat(status.get("caughtUp").asBoolean()).isTrue();
                assertThat(status.get("partitions").size()).isPositive();
                assertThat(status.get("partitions").findValuesAsString("group"))
                        .allMatch(group -> group.startsWith("progress-service-rebuild-g1."));
                break;
            }
            seen.add(phase);
            JsonNode readiness = json(mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            assertThat(readiness.get("status").asString()).isEqualTo("UP");
            JsonNode rebuild = readiness.get("components").get("rebuild").get("details").get("rebuild");
            if (RebuildPhase.valueOf(rebuild.get("phase").asString()).running()) {
                assertThat(rebuild.get("inProgress").asBoolean()).isTrue();
                assertThat(rebuild.get("generation").asInt()).isEqualTo(1);
            }
            assertThat(read(views)).isEqualTo(live);
            readsDuringRebuild++;
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(50);
        }
        assertThat(seen).contains(RebuildPhase.REPLAYING);
        assertThat(readsDuringRebuild).isPositive();

        // the rebuilt views are the live ones
        assertThat(read(views)).isEqualTo(live);
        Document control = mongoClient.getDatabase("progress-rebuild-test").getCollection("read_model_generation")
                .find(Filters.eq("_id", "active")).first();
        assertThat(control).containsEntry("generation", 1).containsEntry("previous", 0);
        assertThat(mongoClient.getDatabase("progress-rebuild-test-g1").listCollectionNames().into(new ArrayList<>()))
                .contains("recent_changes");
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(jsonPath("$.components.rebuild.details.rebuild.phase").value("SWITCHED"))
                .andExpect(jsonPath("$.components.rebuild.details.rebuild.inProgress").value(false));
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tiekartta_progress_rebuild_phase{phase=\"SWITCHED\"} 1.0")));

        // the serving consumers carry on, into generation 1
        sendData(WorkPackageEvents.CONFIDENCE_CHANGED, tp2, new ConfidenceChanged(tp2, programmeId, "TP2", "RED", "GREEN",
                "Resurssit siirtyivät", "stm-admin", T0.plusSeconds(9000), code), 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP2").with(Tokens.viewer()))
                        .andExpect(jsonPath("$.confidence.rating").value("RED")));
        assertThat(mongoClient.getDatabase("progress-rebuild-test-g1").getCollection("recent_changes")
                .countDocuments(Filters.eq("summary.fi", null))).isZero();

        // a second rebuild: generation 2 serves, generation 1 is kept for a rollback, generation 0 (the service's own
        // database, where the control document stays) is emptied
        Map<String, JsonNode> beforeSecond = read(views);
        mvc.perform(post("/api/progress/admin/rebuild").with(Tokens.admin())).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.generation").value(2));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> mvc.perform(get("/api/progress/admin/rebuild").with(Tokens.admin()))
                .andExpect(jsonPath("$.phase").value("SWITCHED"))
                .andExpect(jsonPath("$.activeGeneration").value(2)));
        assertThat(read(views)).isEqualTo(beforeSecond);
        assertThat(mongoClient.getDatabase("progress-rebuild-test").listCollectionNames().into(new ArrayList<>()))
                .containsExactly("read_model_generation");
        assertThat(mongoClient.listDatabaseNames().into(new ArrayList<>()))
                .contains("progress-rebuild-test-g1", "progress-rebuild-test-g2");
    }

    // --- the views compared ---------------------------------------------------------------------------------

    private Map<String, String> views() {
        Map<String, String> views = new LinkedHashMap<>();
        views.put("programmes", "/api/progress/programmes?size=200");
        views.put("roadmap", "/api/progress/programmes/" + code + "/roadmap");
        views.put("work package TP1", "/api/progress/work-packages/" + code + "/TP1");
        views.put("work package TP2", "/api/progress/work-packages/" + code + "/TP2");
        views.put("matrix", "/api/progress/regional-matrix?programme=" + code);
        views.put("round matrix", "/api/progress/regional-matrix?programme=" + code + "&round=" + roundId);
        views.put("region 09", "/api/progress/regions/09");
        views.put("region 17", "/api/progress/regions/17");
        views.put("changes", "/api/progress/changes?programme=" + code + "&size=200");
        return views;
    }

    /** Whether the live views show every event sent: the last event of each topic is in. */
    private boolean complete(Map<String, String> views) throws Exception {
        Map<String, JsonNode> read = read(views);
        JsonNode roadmap = read.get("roadmap");
        JsonNode matrix = read.get("matrix");
        return roadmap != null && matrix != null && roadmap.path("workPackages").size() == 2
                && read.get("work package TP1").path("milestones").size() == 2
                && read.get("work package TP1").path("measures").size() == 2
                && "RETURNED".equals(read.get("region 09").findValuesAsString("status").stream()
                        .filter("RETURNED"::equals).findFirst().orElse(null))
                && read.get("work package TP2").path("milestones").size() == 1
                && read.equals(settled(views));
    }

    private Map<String, JsonNode> settled(Map<String, String> views) throws Exception {
        Thread.sleep(500);
        return read(views);
    }

    private Map<String, JsonNode> read(Map<String, String> views) throws Exception {
        Map<String, JsonNode> read = new LinkedHashMap<>();
        for (Map.Entry<String, String> view : views.entrySet()) {
            var response = mvc.perform(get(view.getValue()).with(Tokens.viewer())).andReturn().getResponse();
            if (response.getStatus() != 200) {
                read.put(view.getKey(), null);
                continue;
            }
            JsonNode body = json(response.getContentAsString());
            if (view.getKey().equals("changes")) {
                // entries of one instant are in no particular order: compare the feed as a set
                ArrayNode entries = (ArrayNode) body.get("content");
                List<JsonNode> sorted = new ArrayList<>();
                entries.forEach(sorted::add);
                sorted.sort(Comparator.comparing(entry -> entry.get("eventId").asString()));
                entries.removeAll();
                sorted.forEach(entries::add);
            }
            read.put(view.getKey(), body);
        }
        return read;
    }

    private static JsonNode json(String body) {
        return strip(JSON.readTree(body));
    }

    private static JsonNode strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            IGNORED.forEach(object::remove);
            object.forEach(RebuildIntegrationTest::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(RebuildIntegrationTest::strip);
        }
        return node;
    }

    // --- the events (as in the roadmap and regional tests) ----------------------------------------------------

    private void publishRoadmap() {
        ProgrammeCreated created = new ProgrammeCreated(programmeId, code, new LocalizedText("Uudelleenrakennus", null, "Rebuild", "fi"),
                "NATIONAL", "STM", "stm-admin", T0, new LocalizedText("Visio", null, null, "fi"),
                List.of(new StrategicGoalData("I", new LocalizedText("Tavoite", null, null, "fi"))), List.of(), TERMS, "ACTIVE",
                Period.parse("2019/2031").toData(),
                new OriginData("Marin", "2019-2023", "3.6", null, "4", null, null, null, null, SOURCE), List.of(), SOURCE,
                new BasisData("INFERENCE", "[001]", new LocalizedText(null, null, "Under way.", "en")));
        sendData(ProgrammeEvents.CREATED, programmeId, created, 0);
        // a milestone before its work package: topics interleave aggregates, in the replay as live
        String early = planned(tp2, "TP2", code + "-10", "PLANNED", "2098-Q2", 0);
        WorkPackageData one = new WorkPackageData(tp1, programmeId, "TP1", new LocalizedText("Ohjaus", "Styrning", "Steering", "fi"),
                List.of("I"), List.of("2019-2023", "2023-2027"), null, "ACTIVE", List.of(), code, List.of(), SOURCE, SOURCE);
        WorkPackageData two = new WorkPackageData(tp2, programmeId, "TP2", new LocalizedText("Tutkimus", null, null, "fi"),
                List.of(), TERMS, null, "PLANNED", List.of(), code, List.of(), null, null);
        sendData(WorkPackageEvents.DEFINED, tp1, new WorkPackageDefined(one, "stm-admin", T0), 0);
        sendData(WorkPackageEvents.DEFINED, tp2, new WorkPackageDefined(two, "stm-admin", T0), 0);
        sendData(WorkPackageEvents.CONFIDENCE_CHANGED, tp1, new ConfidenceChanged(tp1, programmeId, "TP1", "AMBER", null,
                "Alkuvaihe", "stm-admin", T0.plusSeconds(3600), code), 1);
        sendData(WorkPackageEvents.CONFIDENCE_CHANGED, tp2, new ConfidenceChanged(tp2, programmeId, "TP2", "GREEN", null,
                "Hyvä", "stm-admin", T0.plusSeconds(3600), code), 1);
        sendData(WorkPackageEvents.MEASURE_ADDED, tp1, new MeasureChanged(tp1, programmeId, List.of(
                measure(m1, "TP1.1"), measure(m2, "TP1.2")), null, "stm-admin", T0.plusSeconds(600), "TP1", code), 2);
        String achieved = planned(tp1, "TP1", code + "-01", "PLANNED", "2021-spring", 0);
        sendData(MilestoneEvents.ACHIEVED, achieved, new MilestoneRevised(achieved, code + "-01", programmeId, code,
                new ParentData("WORK_PACKAGE", tp1, "TP1", "TP1"), new LocalizedText("Virstanpylväs", null, null, "fi"),
                period("2021-spring"), period("2021-spring"), period("2021-05"), "ACHIEVED", List.of(), SOURCE, "PLANNED",
                period("2021-spring"), "stm-admin", T0.plusSeconds(60)), 1);
        planned(tp1, "TP1", code + "-02", "PLANNED", "2021", 0);
        assertThat(early).isNotBlank();
    }

    private void publishReporting() {
        Instant deadline = now.plus(Duration.ofDays(5));
        sendData(ReportingEvents.ROUND_OPENED, roundId, new ReportingRoundChanged(round("OPEN", deadline), "stm-admin",
                now.minus(Duration.ofDays(20))), 0);
        String p1 = id();
        report(ReportingEvents.REPORT_SUBMITTED, 1, report(p1, "09", m1, "SUBMITTED", "PILOTING", null), null);
        report(ReportingEvents.REPORT_VERIFIED, 2, report(p1, "09", m1, "VERIFIED", "PILOTING",
                new VerificationData("PILOTING", null, null, null, "thl-verifier", now)), null);
        String p2 = id();
        report(ReportingEvents.REPORT_SUBMITTED, 1, report(p2, "09", m2, "SUBMITTED", "PLANNING", null), null);
        report(ReportingEvents.REPORT_RETURNED, 2, report(p2, "09", m2, "RETURNED", "PLANNING", null), "Tarkenna.");
    }

    private ReportingRoundData round(String status, Instant deadline) {
        PeriodData period = new PeriodData("2026-H2", new LocalizedText("2. vuosipuolisko 2026", "2:a halvåret 2026", "2nd half of 2026", null),
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "HALF_YEAR");
        List<MeasureKeyData> keys = List.of(new MeasureKeyData(m1, "TP1.1", new LocalizedText("Toimenpide TP1.1", null, null, "fi")),
                new MeasureKeyData(m2, "TP1.2", new LocalizedText("Toimenpide TP1.2", null, null, "fi")));
        List<RegionKeyData> regions = List.of(new RegionKeyData("09", new LocalizedText("Alue 09", null, null, "fi")),
                new RegionKeyData("17", new LocalizedText("Alue 17", null, null, "fi")));
        return new ReportingRoundData(roundId, programmeId, code, new LocalizedText("Seuranta 2026-H2", null, null, "fi"), period,
                deadline, List.of(m1, m2), keys, List.of("09", "17"), regions, status, null, null,
                new BasisData("ILLUSTRATIVE", null, new LocalizedText("Esimerkki", null, null, "fi")));
    }

    private RegionalReportData report(String reportId, String region, String measureId, String status, String level,
            VerificationData verified) {
        return new RegionalReportData(reportId, roundId, programmeId, code, measureId, measureId.equals(m1) ? "TP1.1" : "TP1.2",
                region, new LocalizedText("Alue " + region, null, null, "fi"), status,
                new ReportContentData(level, null, null, new LocalizedText("Kuvaus.", null, null, "fi"), List.of(), List.of()),
                verified, "reporter-" + region, 0, new BasisData("ILLUSTRATIVE", null, new LocalizedText("Esimerkki", null, null, "fi")));
    }

    private void report(EventContract<RegionalReportChanged> contract, long version, RegionalReportData report, String comment) {
        sendData(contract, report.reportId(), new RegionalReportChanged(report, comment, "someone", now), version);
    }

    private MeasureData measure(String measureId, String measureCode) {
        return new MeasureData(measureId, tp1, programmeId, measureCode, new LocalizedText("Toimenpide " + measureCode, null, null, "fi"),
                List.of("2023-2027"), "ACTIVE", List.of(), List.of(), "TP1", code, null);
    }

    private String planned(String workPackageId, String workPackageCode, String milestoneCode, String status, String baseline,
            long version) {
        String milestoneId = id();
        sendData(MilestoneEvents.PLANNED, milestoneId, new MilestonePlanned(milestoneId, milestoneCode, programmeId, code,
                new ParentData("WORK_PACKAGE", workPackageId, workPackageCode, workPackageCode),
                new LocalizedText("Virstanpylväs " + milestoneCode, null, null, "fi"), period(baseline), period(baseline), null,
                status, List.of(), SOURCE, "stm-admin", T0), version);
        return milestoneId;
    }

    private static PeriodData period(String canonical) {
        return Period.parse(canonical).toData();
    }

    private <T> void sendData(EventContract<T> contract, String aggregateId, T data, long version) {
        CloudEvent event = TestEvents.of(contract, aggregateId, version, T0, eventJson.write(data));
        kafka.send(new ProducerRecord<>(contract.topic(), aggregateId, event)).join();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
