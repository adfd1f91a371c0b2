package fi.tiekartta.milestone;

import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.PeriodValue;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestonePlanned;
import fi.tiekartta.contracts.milestone.MilestoneRevised;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilestoneTest {

    /** 10.6.2023 in Helsinki. */
    static final Instant NOW = Instant.parse("2023-06-10T09:00:00Z");
    static final Text TITLE = Text.finnish("Sosiaalihuollon tiedonhallinnan linjaukset julkaistu");
    static final ParentRef TP2 = new ParentRef(ParentKind.WORK_PACKAGE, "tp2");
    static final EvidenceLink REPORT = new EvidenceLink("https://stm.fi/julkaisu", "Raportti");

    static Milestone milestone(String baseline, String forecast, MilestoneStatus status, String actual) {
        return new Milestone(null, "shko", TP2, TITLE, PeriodValue.of(baseline), forecast == null ? null : PeriodValue.of(forecast),
                actual == null ? null : PeriodValue.of(actual), status, List.of(), null);
    }

    static Milestone planned(String forecast) {
        return milestone("2023-spring", forecast, MilestoneStatus.PLANNED, null);
    }

    @Test
    void a_new_milestone_is_planned_for_its_baseline_until_said_otherwise() {
        Milestone milestone = milestone("2023-spring", null, null, null);
        assertThat(milestone.status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(milestone.forecast()).isEqualTo(milestone.baseline());
        assertThat(milestone.evidence()).isEmpty();
    }

    @Test
    void a_period_is_kept_as_given_with_bounds_derived_from_it() {
        PeriodValue spring = new PeriodValue("2023-spring", LocalDate.of(1999, 1, 1), null);
        assertThat(spring.value()).isEqualTo("2023-spring");
        assertThat(spring.start()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(spring.end()).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThatThrownBy(() -> PeriodValue.of("kevät 2023")).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("kevät 2023");
    }

    @Test
    void planning_records_the_whole_milestone_by_whom_and_when() {
        Decision<Milestone> planned = MilestoneRules.plan("m1", planned("2023-autumn"), "stm-admin", NOW);
        assertThat(planned.events()).singleElement().satisfies(event -> {
            assertThat(event.contract()).isEqualTo(MilestoneEvents.PLANNED);
            MilestonePlanned data = (MilestonePlanned) event.data();
            assertThat(data.milestoneId()).isEqualTo("m1");
            assertThat(data.parent().kind()).isEqualTo("WORK_PACKAGE");
            assertThat(data.baseline().value()).isEqualTo("2023-spring");
            assertThat(data.baseline().label().fi()).isEqualTo("kevät 2023");
            assertThat(data.forecast().end()).isEqualTo(LocalDate.of(2023, 11, 30));
            assertThat(data.status()).isEqualTo("PLANNED");
            assertThat(data.plannedBy()).isEqualTo("stm-admin");
        });
    }

    @Test
    void the_forecast_cannot_end_before_the_baseline_starts() {
        assertThatThrownBy(() -> planned("2022"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("forecast 2022 ends before the baseline 2023-spring");
        assertThat(planned("2023-03").forecast().value()).as("ending within the baseline is fine").isEqualTo("2023-03");
    }

    @Test
    void only_an_achieved_milestone_has_an_actual_period_and_it_must_have_one() {
        assertThatThrownBy(() -> milestone("2023-spring", null, MilestoneStatus.ACHIEVED, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("needs when it was achieved");
        assertThatThrownBy(() -> milestone("2023-spring", null, MilestoneStatus.ON_TRACK, "2023-05-01"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Only an achieved milestone has an actual period");
    }

    @Test
    void an_achievement_is_recorded_at_the_precision_known() {
        for (String actual : new String[] {"2023-05-30", "2023-05", "2023-spring", "2023-Q2", "2023"}) {
            Milestone done = milestone("2023-spring", null, MilestoneStatus.ACHIEVED, actual);
            assertThat(MilestoneRules.plan("m1", done, "a", NOW).state().actual().value()).isEqualTo(actual);
        }
        assertThatThrownBy(() -> milestone("2023-spring", null, MilestoneStatus.ACHIEVED, "2023-spring/.."))
                .as("an achievement has an end").isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void an_actual_period_has_begun() {
        Milestone tomorrow = milestone("2023-spring", null, MilestoneStatus.ACHIEVED, "2023-06-11");
        assertThatThrownBy(() -> MilestoneRules.plan("m1", tomorrow, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("begins after today (2023-06-10)");
        assertThatThrownBy(() -> MilestoneRules.achieve("m1", planned(null), PeriodValue.of("2023-07"), List.of(), "a", NOW))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(MilestoneRules.achieve("m1", planned(null), PeriodValue.of("2023"), List.of(), "a", NOW).state().status())
                .as("a year that has begun is a known achievement").isEqualTo(MilestoneStatus.ACHIEVED);
    }

    @Test
    void completion_not_recorded_is_for_a_milestone_whose_time_has_passed_and_is_never_overdue() {
        Milestone unrecorded = milestone("2022-spring", null, MilestoneStatus.NOT_RECORDED, null);
        assertThat(MilestoneRules.plan("m1", unrecorded, "a", NOW).state().status()).isEqualTo(MilestoneStatus.NOT_RECORDED);
        assertThat(unrecorded.isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(MilestoneRules.flagOverdue("m1", unrecorded, NOW)).isEmpty();
        assertThatThrownBy(() -> MilestoneRules.plan("m2", milestone("2023-summer", null, MilestoneStatus.NOT_RECORDED, null), "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("has not ended yet");
        assertThat(MilestoneRules.achieve("m1", unrecorded, PeriodValue.of("2022-04"), List.of(), "a", NOW).events())
                .singleElement().satisfies(event -> assertThat(event.contract()).isEqualTo(MilestoneEvents.ACHIEVED));
        Milestone replanned = milestone("2022-spring", "2023-autumn", MilestoneStatus.PLANNED, null);
        assertThat(MilestoneRules.revise("m1", unrecorded, replanned, "a", NOW).state().isOverdueOn(LocalDate.of(2023, 12, 1)))
                .as("replanned, it is expected again and can be late").isTrue();
    }

    @Test
    void an_open_ended_forecast_is_never_overdue() {
        Milestone ongoing = milestone("2023-spring/..", null, MilestoneStatus.PLANNED, null);
        assertThat(ongoing.isOverdueOn(LocalDate.of(9000, 1, 1))).isFalse();
    }

    @Test
    void evidence_is_linked_by_web_address_once_each() {
        assertThatThrownBy(() -> new EvidenceLink("ftp://stm.fi/x", null)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new EvidenceLink("stm.fi", null)).isInstanceOf(DomainRuleViolation.class);
        assertThat(new EvidenceLink(" https://thl.fi/a ", " ").title()).isNull();
        assertThatThrownBy(() -> new Milestone(null, "shko", TP2, TITLE, PeriodValue.of("2023"), null, null, null,
                List.of(REPORT, new EvidenceLink(REPORT.url(), "again")), null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("once");
    }

    @Test
    void open_statuses_change_freely_and_a_revision_records_what_moved() {
        Milestone before = planned("2023-spring");
        Milestone after = milestone("2023-spring", "2023-autumn", MilestoneStatus.AT_RISK, null);
        Decision<Milestone> change = MilestoneRules.revise("m1", before, after, "stm-admin", NOW);
        assertThat(change.events()).singleElement().satisfies(event -> {
            assertThat(event.contract()).isEqualTo(MilestoneEvents.REVISED);
            MilestoneRevised revised = (MilestoneRevised) event.data();
            assertThat(revised.status()).isEqualTo("AT_RISK");
            assertThat(revised.previousStatus()).isEqualTo("PLANNED");
            assertThat(revised.forecast().value()).isEqualTo("2023-autumn");
            assertThat(revised.previousForecast().value()).isEqualTo("2023-spring");
        });
        assertThat(MilestoneRules.revise("m1", before, planned("2023-spring"), "a", NOW).events())
                .as("nothing changed").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = {"ACHIEVED", "MISSED", "CANCELLED"})
    void reaching_a_final_status_has_an_event_of_its_own(MilestoneStatus status) {
        String actual = status == MilestoneStatus.ACHIEVED ? "2023-05-30" : null;
        Decision<Milestone> change = MilestoneRules.revise("m1", planned(null), milestone("2023-spring", null, status, actual), "a", NOW);
        assertThat(change.events()).singleElement().satisfies(event -> assertThat(event.contract().type())
                .isEqualTo("fi.tiekartta.milestone." + status.name().toLowerCase() + ".v1"));
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = {"ACHIEVED", "MISSED", "CANCELLED"})
    void final_statuses_are_final(MilestoneStatus status) {
        String actual = status == MilestoneStatus.ACHIEVED ? "2023-05-30" : null;
        Milestone done = milestone("2023-spring", null, status, actual);
        assertThat(status.isFinal()).isTrue();
        for (MilestoneStatus next : MilestoneStatus.values()) {
            assertThat(status.canBecome(next)).as("%s to %s", status, next).isEqualTo(next == status);
        }
        assertThatThrownBy(() -> MilestoneRules.revise("m1", done, planned(null), "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("is final");
        assertThatThrownBy(() -> MilestoneRules.revise("m1", done, milestone("2023-spring", "2023-autumn", status, actual), "a", NOW))
                .as("its periods no longer change").isInstanceOf(DomainRuleViolation.class).hasMessageContaining("periods");
        assertThatThrownBy(() -> MilestoneRules.achieve("m1", done, PeriodValue.of("2023-06-01"), List.of(), "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Only an open milestone");
    }

    @Test
    void a_final_milestone_may_still_get_a_better_title_and_more_evidence() {
        Milestone done = milestone("2023-spring", null, MilestoneStatus.ACHIEVED, "2023-05-30");
        Milestone corrected = new Milestone(null, "shko", TP2, new Text("Linjaukset julkaistu", "Riktlinjerna publicerade", null, "fi"),
                done.baseline(), done.forecast(), done.actual(), done.status(), List.of(REPORT), null);
        assertThat(MilestoneRules.revise("m1", done, corrected, "a", NOW).events()).singleElement()
                .satisfies(event -> assertThat(event.contract()).isEqualTo(MilestoneEvents.REVISED));
    }

    @Test
    void a_milestone_stays_with_its_programme_and_parent() {
        Milestone moved = new Milestone(null, "shko", new ParentRef(ParentKind.MEASURE, "tp2-1"), TITLE, PeriodValue.of("2023-spring"),
                null, null, null, List.of(), null);
        assertThatThrownBy(() -> MilestoneRules.revise("m1", planned(null), moved, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("stays with its programme");
    }

    @Test
    void achieving_sets_the_date_and_adds_new_evidence_to_the_old() {
        Milestone before = new Milestone(null, "shko", TP2, TITLE, PeriodValue.of("2023-spring"), null, null, MilestoneStatus.ON_TRACK,
                List.of(REPORT), null);
        EvidenceLink decision = new EvidenceLink("https://stm.fi/paatos", null);
        Decision<Milestone> achieved = MilestoneRules.achieve("m1", before, PeriodValue.of("2023-06-10"),
                List.of(new EvidenceLink(REPORT.url(), "same link"), decision), "stm-admin", NOW);
        assertThat(achieved.state().status()).isEqualTo(MilestoneStatus.ACHIEVED);
        assertThat(achieved.state().actual().value()).isEqualTo("2023-06-10");
        assertThat(achieved.state().evidence()).containsExactly(REPORT, decision);
        assertThat(achieved.events()).singleElement().satisfies(event -> {
            assertThat(event.contract()).isEqualTo(MilestoneEvents.ACHIEVED);
            MilestoneRevised data = (MilestoneRevised) event.data();
            assertThat(data.previousStatus()).isEqualTo("ON_TRACK");
            assertThat(data.actual().value()).isEqualTo("2023-06-10");
            assertThat(data.actual().precision()).isEqualTo("DAY");
            assertThat(data.evidence()).hasSize(2);
        });
    }
}
