package fi.tiekartta.programme;

import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.ProgrammeRevised;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.Text;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeTest {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final Text NAME = new Text("Sosiaalihuollon kehittämisohjelma", null, "National Social Welfare Development Programme", "fi");
    static final Set<String> TERMS = Set.of("2019-2023", "2023-2027");
    static final StrategicGoal GOAL_I = new StrategicGoal("I", new Text("Kansallisen sosiaalihuollon kehittämisohjelman strateginen linjaus ja koonta", null, null, "fi"));

    static Programme shko(Lifecycle status) {
        return new Programme("SHKO", NAME, ProgrammeLevel.NATIONAL, " STM ", new Text("Tieto- ja tutkimusperustainen sosiaalihuolto", null, null, null),
                List.of(GOAL_I), List.of(), List.of("2023-2027", "2019-2023"), status);
    }

    @Test
    void a_programme_is_planned_until_said_otherwise_and_keeps_its_terms_in_order() {
        Programme programme = shko(null);
        assertThat(programme.status()).isEqualTo(Lifecycle.PLANNED);
        assertThat(programme.ownerOrganisation()).isEqualTo("STM");
        assertThat(programme.termIds()).containsExactly("2019-2023", "2023-2027");
    }

    @Test
    void defining_records_the_whole_programme_by_whom_and_when() {
        var event = ProgrammeRules.define("p1", shko(Lifecycle.ACTIVE), TERMS, "stm-admin", NOW).events().get(0);
        assertThat(event.contract()).isEqualTo(ProgrammeEvents.CREATED);
        ProgrammeCreated created = (ProgrammeCreated) event.data();
        assertThat(created.programmeId()).isEqualTo("p1");
        assertThat(created.names().original()).isEqualTo("fi");
        assertThat(created.goals()).singleElement().satisfies(goal -> assertThat(goal.code()).isEqualTo("I"));
        assertThat(created.status()).isEqualTo("ACTIVE");
        assertThat(created.createdBy()).isEqualTo("stm-admin");
    }

    @Test
    void a_revision_records_the_programme_after_it_and_the_status_before() {
        Programme before = shko(Lifecycle.ACTIVE);
        Programme after = new Programme("SHKO", NAME, ProgrammeLevel.NATIONAL, "STM", before.vision(), before.goals(),
                before.themes(), before.termIds(), Lifecycle.COMPLETED);
        assertThat(ProgrammeRules.revise("p1", before, after, TERMS, "stm-admin", NOW).events()).singleElement().satisfies(event -> {
            assertThat(event.contract()).isEqualTo(ProgrammeEvents.REVISED);
            ProgrammeRevised revised = (ProgrammeRevised) event.data();
            assertThat(revised.status()).isEqualTo("COMPLETED");
            assertThat(revised.previousStatus()).isEqualTo("ACTIVE");
        });
        assertThat(ProgrammeRules.revise("p1", before, before, TERMS, "stm-admin", NOW).events()).as("nothing changed").isEmpty();
    }

    @Test
    void the_lifecycle_moves_only_forward() {
        assertThat(Lifecycle.PLANNED.canBecome(Lifecycle.ACTIVE)).isTrue();
        assertThat(Lifecycle.ACTIVE.canBecome(Lifecycle.DISCONTINUED)).isTrue();
        assertThat(Lifecycle.ACTIVE.canBecome(Lifecycle.PLANNED)).isFalse();
        assertThat(Lifecycle.COMPLETED.canBecome(Lifecycle.ACTIVE)).isFalse();
        assertThatThrownBy(() -> ProgrammeRules.revise("p1", shko(Lifecycle.COMPLETED), shko(Lifecycle.ACTIVE), TERMS, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("completed programme cannot become active");
    }

    @Test
    void codes_goals_terms_and_texts_follow_their_rules() {
        assertThatThrownBy(() -> new Programme("shko", NAME, ProgrammeLevel.NATIONAL, "STM", null, List.of(), List.of(), List.of(), null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("code");
        assertThatThrownBy(() -> new Programme("SHKO", NAME, ProgrammeLevel.NATIONAL, " ", null, List.of(), List.of(), List.of(), null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("owner");
        assertThatThrownBy(() -> new Programme("SHKO", NAME, ProgrammeLevel.NATIONAL, "STM", null, List.of(GOAL_I, GOAL_I), List.of(), List.of(), null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("own code");
        assertThatThrownBy(() -> new Programme("SHKO", NAME, ProgrammeLevel.NATIONAL, "STM", null, List.of(), List.of(), List.of("2023"), null))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new Text(null, "Utvecklingsprogrammet", null, "fi"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("original (fi)");
        assertThat(new Text(null, "Utvecklingsprogrammet", null, "sv").in("sv")).isEqualTo("Utvecklingsprogrammet");
    }
}
