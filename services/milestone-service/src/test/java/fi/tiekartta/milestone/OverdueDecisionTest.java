package fi.tiekartta.milestone;

import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.PeriodValue;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestoneOverdue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static fi.tiekartta.milestone.MilestoneTest.milestone;
import static fi.tiekartta.milestone.MilestoneTest.planned;
import static org.assertj.core.api.Assertions.assertThat;

class OverdueDecisionTest {

    /** Spring 2023 ends on 31.5.2023; midnight in Helsinki is 21:00 UTC the day before (summer time). */
    static final Instant LAST_MINUTE_OF_SPRING = Instant.parse("2023-05-31T20:59:00Z");
    static final Instant FIRST_MINUTE_OF_JUNE = Instant.parse("2023-05-31T21:00:00Z");

    @Test
    void a_milestone_is_overdue_from_the_first_finnish_day_after_its_forecast() {
        Milestone spring = planned("2023-spring");
        assertThat(MilestoneRules.flagOverdue("m1", spring, LAST_MINUTE_OF_SPRING)).isEmpty();
        assertThat(MilestoneRules.flagOverdue("m1", spring, FIRST_MINUTE_OF_JUNE)).hasValueSatisfying(change -> {
            assertThat(change.state().overdueFlaggedFor()).isEqualTo("2023-spring");
            assertThat(change.state().status()).as("the check does not change the status").isEqualTo(MilestoneStatus.PLANNED);
            assertThat(change.events()).singleElement().satisfies(event -> {
                assertThat(event.contract()).isEqualTo(MilestoneEvents.OVERDUE);
                MilestoneOverdue overdue = (MilestoneOverdue) event.data();
                assertThat(overdue.forecast().value()).isEqualTo("2023-spring");
                assertThat(overdue.detectedOn()).isEqualTo(LocalDate.of(2023, 6, 1));
                assertThat(overdue.detectedAt()).isEqualTo(FIRST_MINUTE_OF_JUNE);
            });
        });
    }

    @Test
    void a_forecast_is_flagged_once() {
        Milestone flagged = MilestoneRules.flagOverdue("m1", planned("2023-spring"), FIRST_MINUTE_OF_JUNE).orElseThrow().state();
        assertThat(flagged.isOverdueOn(LocalDate.of(2023, 6, 1))).isTrue();
        assertThat(MilestoneRules.flagOverdue("m1", flagged, FIRST_MINUTE_OF_JUNE.plusSeconds(86_400 * 30))).isEmpty();
    }

    @Test
    void a_later_forecast_can_become_overdue_again() {
        Milestone flagged = MilestoneRules.flagOverdue("m1", planned("2023-spring"), FIRST_MINUTE_OF_JUNE).orElseThrow().state();
        Milestone moved = MilestoneRules.revise("m1", flagged, planned("2023-summer"), "stm-admin", FIRST_MINUTE_OF_JUNE)
                .state();
        assertThat(moved.overdueFlaggedFor()).as("the bookkeeping survives a revision").isEqualTo("2023-spring");
        assertThat(moved.isOverdueOn(LocalDate.of(2023, 6, 1))).isFalse();
        assertThat(MilestoneRules.flagOverdue("m1", moved, FIRST_MINUTE_OF_JUNE)).isEmpty();
        assertThat(MilestoneRules.flagOverdue("m1", moved, Instant.parse("2023-09-01T06:00:00Z")))
                .hasValueSatisfying(change -> assertThat(change.state().overdueFlaggedFor()).isEqualTo("2023-summer"));
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = {"ACHIEVED", "MISSED", "CANCELLED"})
    void a_final_milestone_is_never_overdue(MilestoneStatus status) {
        String actual = status == MilestoneStatus.ACHIEVED ? "2023-05-30" : null;
        Milestone done = milestone("2023-spring", null, status, actual);
        assertThat(done.isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(MilestoneRules.flagOverdue("m1", done, FIRST_MINUTE_OF_JUNE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = {"PLANNED", "ON_TRACK", "AT_RISK"})
    void every_open_milestone_can_be_overdue(MilestoneStatus status) {
        assertThat(milestone("2023-spring", null, status, null).isOverdueOn(LocalDate.of(2023, 6, 1))).isTrue();
    }

    @Test
    void a_coarse_forecast_is_due_until_its_last_day() {
        Milestone term = new Milestone(null, "shko", MilestoneTest.TP2, MilestoneTest.TITLE, PeriodValue.of("term-2023-2027"), null,
                null, null, List.of(), null);
        assertThat(term.isOverdueOn(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(term.isOverdueOn(LocalDate.of(2028, 1, 1))).isTrue();
    }
}
