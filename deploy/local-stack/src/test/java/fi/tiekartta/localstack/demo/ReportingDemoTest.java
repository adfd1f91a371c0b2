package fi.tiekartta.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportingDemoTest {

    /** The document the launcher loads; the test runs in deploy/local-stack. */
    private static final Path SEED = Path.of("../seed/reporting-demo.yaml");

    @Test
    void theSeedDocumentIsValidAndSaysItIsIllustrative() {
        ReportingDemo demo = ReportingDemo.read(SEED);

        assertThat(demo.notice()).containsIgnoringCase("illustrative").containsIgnoringCase("not real data");
        assertThat(demo.users().reporters()).containsOnlyKeys("09", "17", "90", "08");
        assertThat(demo.rounds()).extracting(RoundPlan::period).containsExactly(RoundPlan.PREVIOUS, RoundPlan.CURRENT);
        assertThat(demo.rounds()).extracting(RoundPlan::closeByHand).containsExactly(true, false);
        assertThat(demo.measureCodesByProgramme()).containsExactly(
                Map.entry("SHKO", new java.util.LinkedHashSet<>(List.of("TP6.1", "TP6.2", "TP7.1", "TP4.1"))),
                Map.entry("THL-RSO", new java.util.LinkedHashSet<>(List.of("RSO1.B"))));
    }

    @Test
    void theDemoRoundsAreMarkedIllustrativeInTheDataAndTheIndicatorCitesItsSource() {
        ReportingDemo demo = ReportingDemo.read(SEED);

        assertThat(demo.rounds()).allSatisfy(round -> {
            assertThat(round.basis().path("kind").asString()).isEqualTo("ILLUSTRATIVE");
            assertThat(round.basis().path("note").path("fi").asString()).isEqualTo("Esimerkki, ei todellista tietoa");
            assertThat(round.basis().path("note").path("sv").asString()).isEqualTo("Exempel, inte verkliga uppgifter");
            assertThat(round.basis().path("note").path("en").asString()).isEqualTo("Example, not real data");
        });
        IndicatorPlan indicator = demo.nationalIndicators().get(0);
        assertThat(indicator.indicator().path("basis").path("kind").asString()).isEqualTo("SOURCE");
        assertThat(indicator.indicator().path("basis").path("source").asString()).startsWith("[004]")
                .contains("Lähtötilanne syyskuussa 2020");
    }

    @Test
    void aDemoRoundWithoutItsIllustrativeBasisIsAProblem() {
        String yaml = """
                format: tiekartta-reporting-demo/v1
                notice: "Illustrative demo content, not real data."
                users: {admin: stm-admin, verifier: thl-verifier}
                rounds:
                  - programme: SHKO
                    period: current-half-year
                    title: {fi: "Kierros {period}", original: fi}
                    basis: {kind: SOURCE, source: "[001]"}
                    deadlineDaysAhead: 10
                    measures: [TP6.1]
                """;

        assertThatThrownBy(() -> parse(yaml)).hasMessageContaining("rounds[0].basis: a demo round is made-up content");
    }

    @Test
    void theClosedRoundShowsTheWholeWorkflow() {
        RoundPlan closed = ReportingDemo.read(SEED).rounds().get(0);

        assertThat(closed.reports()).extracting(ReportPlan::finalStatus).containsExactly(
                ReportStatus.VERIFIED, ReportStatus.VERIFIED, ReportStatus.VERIFIED,
                ReportStatus.VERIFIED, ReportStatus.VERIFIED, ReportStatus.SUBMITTED,
                ReportStatus.VERIFIED, ReportStatus.VERIFIED,
                ReportStatus.VERIFIED, ReportStatus.DRAFT);
        // Returned with a comment, revised and resubmitted before it was verified.
        assertThat(closed.reports().get(1).steps()).extracting(Step::action).containsExactly(Step.Action.SUBMIT,
                Step.Action.RETURN, Step.Action.REVISE, Step.Action.SUBMIT, Step.Action.VERIFY);
        // Verified at a different level than the region reported.
        Step verification = closed.reports().get(2).steps().get(1);
        assertThat(closed.reports().get(2).draft().path("level").asString()).isEqualTo("ESTABLISHED");
        assertThat(verification.level()).isEqualTo("PARTIAL");
        assertThat(verification.share()).isEqualTo(60);
        assertThat(verification.shareBasis()).isEqualTo("POPULATION");
        // One correction after the close, and one report written in Swedish.
        assertThat(closed.reports()).filteredOn(report -> !report.corrections().isEmpty()).hasSize(1);
        assertThat(closed.reports()).anyMatch(report -> "sv".equals(report.draft().path("narrative").path("original").asString()));
    }

    @Test
    void theNationalIndicatorCountsTheTwentyThreeProjectAreas() {
        IndicatorPlan baseline = ReportingDemo.read(SEED).nationalIndicators().get(0);

        assertThat(baseline.programme()).isEqualTo("THL-RSO");
        assertThat(baseline.measure()).isEqualTo("RSO1.B");
        assertThat(baseline.observedPeriod()).isEqualTo("2020-09");
        assertThat(baseline.indicator().path("total").asInt()).isEqualTo(23);
        assertThat(baseline.indicator().path("categories").valueStream()
                .map(category -> category.path("key").asString() + "=" + category.path("count").asInt()))
                .containsExactly("REGION_WIDE=4", "PARTIAL=10", "NONE=9");
    }

    @Test
    void statusesFollowTheSteps() {
        ReportPlan plan = ReportingDemo.read(SEED).rounds().get(0).reports().get(1);

        assertThat(plan.statusAfter(0)).isEqualTo(ReportStatus.DRAFT);
        assertThat(plan.statusAfter(1)).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(plan.statusAfter(2)).isEqualTo(ReportStatus.RETURNED);
        assertThat(plan.statusAfter(3)).isEqualTo(ReportStatus.RETURNED);
        assertThat(plan.statusAfter(4)).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(plan.statusAfter(5)).isEqualTo(ReportStatus.VERIFIED);
    }

    @Test
    void everyProblemOfADocumentIsNamedWithItsPlace() {
        String yaml = """
                format: tiekartta-reporting-demo/v1
                notice: "Illustrative demo content, not real data."
                users: {admin: stm-admin, verifier: thl-verifier, reporters: {"09": reporter-paijat-hame}}
                rounds:
                  - programme: SHKO
                    period: next-year
                    title: {fi: "Kierros {period}", original: fi}
                    deadlineDaysAhead: 0
                    closeByHand: false
                    regions: ["09"]
                    measures: [TP6.1]
                    reports:
                      - region: "17"
                        measure: TP9.9
                        draft: {level: PARTIAL}
                        steps:
                          - {do: verify}
                        corrections:
                          - {reason: "x", selfReport: {level: NONE}}
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rounds[0].period: previous-half-year or current-half-year, not next-year")
                .hasMessageContaining("rounds[0].deadlineDaysAhead: at least 1")
                .hasMessageContaining("rounds[0].reports[0] (region 17 TP9.9): the measure is not among the round's measures")
                .hasMessageContaining("the region is not among the round's regions")
                .hasMessageContaining("users.reporters names no reporter for region 17")
                .hasMessageContaining("steps[0]: a report cannot verify when it is DRAFT")
                .hasMessageContaining("corrections are recorded after the round closed");
    }

    @Test
    void anUnknownFieldIsATypoNotIgnored() {
        String yaml = """
                format: tiekartta-reporting-demo/v1
                notice: "Illustrative demo content, not real data."
                users: {admin: stm-admin, verifier: thl-verifier}
                rounds:
                  - programme: SHKO
                    peroid: current-half-year
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("peroid");
    }

    @Test
    void aReturnNeedsAComment() {
        String yaml = """
                format: tiekartta-reporting-demo/v1
                notice: "Illustrative demo content, not real data."
                users: {admin: stm-admin, verifier: thl-verifier, reporters: {"09": reporter-paijat-hame}}
                rounds:
                  - programme: SHKO
                    period: current-half-year
                    title: {fi: "Kierros {period}", original: fi}
                    deadlineDaysAhead: 10
                    closeByHand: false
                    measures: [TP6.1]
                    reports:
                      - region: "09"
                        measure: TP6.1
                        draft: {level: PARTIAL}
                        steps: [{do: submit}, {do: return}]
                """;

        assertThatThrownBy(() -> parse(yaml)).hasMessageContaining(
                "rounds[0].reports[0] (region 09 TP6.1).steps[1]: a report is returned with a comment");
    }

    private static ReportingDemo parse(String yaml) {
        return ReportingDemo.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
