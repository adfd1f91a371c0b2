package fi.tiekartta.progress.scale;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.kernel.region.Organiser;
import fi.tiekartta.kernel.region.Organisers;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.progress.regional.RegionView;
import fi.tiekartta.progress.regional.RegionalMatrix;
import fi.tiekartta.progress.regional.RegionalViews;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, "Scale": a view answer grows with what it shows, not with the number of events. The same programme
 * shape (7 work packages, 12 measures, 22 organisers) is generated twice, once with 2 reporting rounds and once with
 * 6 (three times the report events): the national roadmap and the current regional matrix have the same work
 * packages, measures and cells for both, and each organiser's region view has one entry per round. No timings.
 */
@ServiceIntegrationTest
class ViewSizeIntegrationTest {

    private static final int MEASURES = 12;
    private static final int WORK_PACKAGES = 7;
    private static final int MILESTONES = 2;

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EventJson eventJson;
    @Autowired
    RegionalViews views;

    @Test
    void the_answers_grow_with_what_they_show_not_with_the_number_of_events() throws Exception {
        ScaleDataSet two = ScaleDataSet.build(new ScaleDataSet.Size(1, WORK_PACKAGES, MEASURES, MILESTONES, 2), 1002, eventJson);
        ScaleDataSet six = ScaleDataSet.build(new ScaleDataSet.Size(1, WORK_PACKAGES, MEASURES, MILESTONES, 6), 1006, eventJson);
        assertThat(two.reports()).isEqualTo(22L * MEASURES * 2);
        assertThat(six.reports()).isEqualTo(22L * MEASURES * 6);
        assertThat(six.events().size()).isGreaterThan(2 * two.events().size());
        two.send(kafka);
        six.send(kafka);
        awaitEverything(two);
        awaitEverything(six);

        String roadmapTwo = roadmap(two);
        String roadmapSix = roadmap(six);
        String matrixTwo = matrix(two);
        String matrixSix = matrix(six);
        for (String roadmap : List.of(roadmapTwo, roadmapSix)) {
            assertThat(count(roadmap, "$.workPackages[*]")).isEqualTo(WORK_PACKAGES);
            assertThat(count(roadmap, "$.workPackages[*].measures[*]")).isEqualTo(MEASURES);
            assertThat(count(roadmap, "$.timeline[*]")).isEqualTo(WORK_PACKAGES * MILESTONES);
            assertThat(JsonPath.<Integer>read(roadmap, "$.milestones.total")).isEqualTo(WORK_PACKAGES * MILESTONES);
            // coverage: every organiser once per measure, whatever the number of rounds behind it
            assertThat(JsonPath.<List<Integer>>read(roadmap, "$.workPackages[*].measures[*].coverage.organisers"))
                    .hasSize(MEASURES).containsOnly(22);
            assertThat(JsonPath.<List<Integer>>read(roadmap, "$.workPackages[*].coverage.cells").stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(22 * MEASURES);
        }
        for (String matrix : List.of(matrixTwo, matrixSix)) {
            assertThat(count(matrix, "$.measures[*]")).isEqualTo(MEASURES);
            assertThat(count(matrix, "$.areas[*]")).isEqualTo(5);
            assertThat(count(matrix, "$.areas[*].organisers[*]")).isEqualTo(22);
            assertThat(count(matrix, "$.areas[*].organisers[*].cells[*]")).isEqualTo(22 * MEASURES);
            assertThat(JsonPath.<List<String>>read(matrix, "$.areas[*].organisers[*].cells[*].status")).doesNotContain("NOT_REPORTED");
        }
        // the rounds the matrix lists are what it shows: one key per round
        assertThat(count(matrixTwo, "$.rounds[*]")).isEqualTo(2);
        assertThat(count(matrixSix, "$.rounds[*]")).isEqualTo(6);
        // the same size of answer (the content differs: levels, ratings, statuses are drawn at random)
        assertThat((double) bytes(roadmapSix) / bytes(roadmapTwo)).isBetween(0.9, 1.1);
        assertThat((double) bytes(cellsOnly(matrixSix)) / bytes(cellsOnly(matrixTwo))).isBetween(0.8, 1.25);

        // the work package: the region × measure implementation has a row per organiser, a cell per measure
        for (ScaleDataSet data : List.of(two, six)) {
            String code = data.programmes().get(0).code();
            String detail = mvc.perform(get("/api/progress/work-packages/{programme}/{code}", code, "TP1").with(Tokens.viewer()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            int tp1Measures = (MEASURES + WORK_PACKAGES - 1) / WORK_PACKAGES;
            assertThat(count(detail, "$.measures[*]")).isEqualTo(tp1Measures);
            assertThat(count(detail, "$.implementation[*]")).isEqualTo(22);
            assertThat(JsonPath.<List<Map<String, Object>>>read(detail, "$.implementation[*].measures"))
                    .allSatisfy(cells -> assertThat(cells).hasSize(tp1Measures));
        }

        // each organiser's region view: one entry per round of the programme, each with every measure
        for (Organiser organiser : Organisers.reference().organisers()) {
            assertRegion(organiser.code(), two);
            assertRegion(organiser.code(), six);
        }
    }

    private void assertRegion(String regionCode, ScaleDataSet data) {
        ScaleDataSet.Programme programme = data.programmes().get(0);
        int rounds = data.size().rounds();
        RegionView region = views.region(regionCode, Instant.now()).orElseThrow();
        List<RegionView.RoundReports> mine = region.rounds().stream()
                .filter(round -> programme.code().equals(round.round().programmeCode())).toList();
        assertThat(mine).as("rounds of %s in %s", programme.code(), regionCode).hasSize(rounds)
                .extracting(round -> round.round().roundId()).containsExactlyElementsOf(programme.roundIds());
        assertThat(mine).allSatisfy(round -> assertThat(round.reports()).hasSize(MEASURES)
                .noneMatch(report -> "MISSING".equals(report.status())));
        List<RegionView.Trend> trends = region.trends().stream()
                .filter(trend -> programme.code().equals(trend.programmeCode())).toList();
        assertThat(trends).hasSize(MEASURES).allSatisfy(trend -> assertThat(trend.points()).hasSize(rounds));
    }

    /**
     * Waits until the views hold the whole data set: every milestone and measure in the roadmap, and the last report
     * event on the reporting topic (one partition: everything before it is applied) in its round's matrix.
     */
    private void awaitEverything(ScaleDataSet data) {
        ScaleDataSet.Programme programme = data.programmes().get(0);
        long planned = data.events().stream().filter(e -> e.event().getType().equals(MilestoneEvents.PLANNED.type())).count();
        long achieved = data.events().stream().filter(e -> e.event().getType().equals(MilestoneEvents.ACHIEVED.type())).count();
        ScaleDataSet.Event last = data.events().stream().filter(e -> e.topic().equals(Topics.REGIONAL_REPORTING))
                .reduce((first, second) -> second).orElseThrow();
        String lastStatus = Map.of(ReportingEvents.REPORT_SUBMITTED.type(), "SUBMITTED", ReportingEvents.REPORT_VERIFIED.type(), "VERIFIED",
                ReportingEvents.REPORT_RETURNED.type(), "RETURNED").get(last.event().getType());
        String lastRound = programme.roundIds().get(programme.roundIds().size() - 1);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String roadmap = roadmap(data);
            assertThat(count(roadmap, "$.workPackages[*].measures[*]")).isEqualTo(MEASURES);
            assertThat(JsonPath.<Integer>read(roadmap, "$.milestones.total")).isEqualTo((int) planned);
            assertThat(JsonPath.<Integer>read(roadmap, "$.milestones.achieved")).isEqualTo((int) achieved);
            RegionalMatrix round = views.roundMatrix(programme.code(), lastRound, false).orElse(null);
            assertThat(round).isNotNull();
            assertThat(round.areas().stream().flatMap(area -> area.organisers().stream()).flatMap(o -> o.cells().stream())
                    .filter(cell -> Objects.equals(cell.reportId(), last.key())).map(RegionalMatrix.Cell::status))
                    .containsExactly(lastStatus);
        });
    }

    private String roadmap(ScaleDataSet data) throws Exception {
        return mvc.perform(get("/api/progress/programmes/{code}/roadmap", data.programmes().get(0).code()).with(Tokens.viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String matrix(ScaleDataSet data) throws Exception {
        return mvc.perform(get("/api/progress/regional-matrix").param("programme", data.programmes().get(0).code()).with(Tokens.viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String cellsOnly(String matrix) {
        return JsonPath.parse(matrix).read("$.areas").toString();
    }

    private static int count(String json, String path) {
        return JsonPath.<List<Object>>read(json, path).size();
    }

    private static int bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }
}
