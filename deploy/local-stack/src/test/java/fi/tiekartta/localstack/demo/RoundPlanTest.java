package fi.tiekartta.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RoundPlanTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void thePreviousAndTheCurrentHalfYearCountFromToday() {
        LocalDate autumn = LocalDate.of(2026, 11, 22);
        LocalDate spring = LocalDate.of(2027, 3, 1);

        assertThat(plan(RoundPlan.PREVIOUS, 3).halfYear(autumn).canonical()).isEqualTo("2026-H1");
        assertThat(plan(RoundPlan.CURRENT, 60).halfYear(autumn).canonical()).isEqualTo("2026-H2");
        assertThat(plan(RoundPlan.PREVIOUS, 3).halfYear(spring).canonical()).isEqualTo("2026-H2");
        assertThat(plan(RoundPlan.CURRENT, 60).halfYear(spring).canonical()).isEqualTo("2027-H1");
    }

    @Test
    void theDeadlineIsTheEndOfTheDayInFinland() {
        // Winter time (UTC+2) and summer time (UTC+3).
        assertThat(plan(RoundPlan.CURRENT, 60).deadline(LocalDate.of(2026, 11, 22)))
                .isEqualTo(Instant.parse("2027-01-21T21:59:59Z"));
        assertThat(plan(RoundPlan.PREVIOUS, 3).deadline(LocalDate.of(2026, 6, 1)))
                .isEqualTo(Instant.parse("2026-06-04T20:59:59Z"));
    }

    @Test
    void theTitleNamesThePeriodInEachLanguage() {
        ObjectNode title = plan(RoundPlan.CURRENT, 60).titleFor(new HalfYear(2026, 2));

        assertThat(title.path("fi").asString()).isEqualTo("Toimeenpano, 2. vuosipuolisko 2026");
        assertThat(title.path("sv").asString()).isEqualTo("Genomförande, andra halvåret 2026");
        assertThat(title.path("en").isNull()).isTrue();
        assertThat(title.path("original").asString()).isEqualTo("fi");
    }

    private static RoundPlan plan(String period, int daysAhead) {
        ObjectNode title = JSON.createObjectNode().put("fi", "Toimeenpano, {period}")
                .put("sv", "Genomförande, {period}").putNull("en").put("original", "fi");
        return new RoundPlan("SHKO", period, title, null, daysAhead, false, List.of(), List.of("TP6.1"), List.of());
    }
}
