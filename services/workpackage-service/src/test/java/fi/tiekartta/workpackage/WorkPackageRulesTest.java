package fi.tiekartta.workpackage;

import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.workpackage.programmes.KnownProgramme;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkPackageRulesTest {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final String WP = "wp-3";

    static WorkPackage tp3() {
        return new WorkPackage("shko", "TP3", Text.finnish("Palvelurakenneuudistuksen tukeminen"), List.of("II"),
                List.of("2023-2027"), "STM", Lifecycle.ACTIVE, List.of(), List.of(), List.of());
    }

    static WorkPackage withMeasure(String id, String code, String title) {
        return WorkPackageRules.addMeasure(WP, tp3(), new NewMeasure(id, code, Text.finnish(title), List.of("2023-2027")), "a", NOW).state();
    }

    @Test
    void defining_a_work_package_starts_it_without_measures_or_assessments() {
        Decision<WorkPackage> defined = WorkPackageRules.define(WP, tp3(), "stm-admin", NOW);
        assertThat(defined.state().measures()).isEmpty();
        assertThat(defined.events()).singleElement().satisfies(event -> assertThat(event.contract()).isEqualTo(WorkPackageEvents.DEFINED));
        assertThatThrownBy(() -> WorkPackageRules.define(WP, new WorkPackage("shko", "TP3", Text.finnish("x"), List.of(), List.of(),
                null, null, List.of(WP), List.of(), List.of()), "a", NOW)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void every_confidence_assessment_is_kept_and_the_event_names_the_previous_rating() {
        Decision<WorkPackage> first = WorkPackageRules.assessConfidence(WP, tp3(), DeliveryConfidence.AMBER_GREEN, "Lainsäädäntötyö aikataulussa", "stm-admin", NOW);
        Decision<WorkPackage> second = WorkPackageRules.assessConfidence(WP, first.state(), DeliveryConfidence.AMBER_RED, "Rahoitus epävarma", "stm-admin", NOW.plusSeconds(60));

        assertThat(second.state().confidenceHistory()).extracting(ConfidenceAssessment::rating)
                .containsExactly(DeliveryConfidence.AMBER_GREEN, DeliveryConfidence.AMBER_RED);
        assertThat(second.state().confidence()).get().extracting(ConfidenceAssessment::rationale).isEqualTo("Rahoitus epävarma");
        ConfidenceChanged event = (ConfidenceChanged) second.events().get(0).data();
        assertThat(event.previousRating()).isEqualTo("AMBER_GREEN");
        assertThat(((ConfidenceChanged) first.events().get(0).data()).previousRating()).isNull();
        assertThatThrownBy(() -> WorkPackageRules.assessConfidence(WP, tp3(), DeliveryConfidence.RED, " ", "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("rationale");
    }

    @Test
    void a_revision_keeps_measures_and_assessments_and_the_status_moves_forward_only() {
        WorkPackage before = withMeasure("m1", "TP3.2", "Sosiaalihuollon lainsäädännön uudistus");
        WorkPackage definition = new WorkPackage("shko", "TP3", Text.finnish("Palvelurakenneuudistuksen tukeminen"), List.of("II", "III"),
                List.of("2023-2027"), "STM", Lifecycle.COMPLETED, List.of(), List.of(), List.of());
        Decision<WorkPackage> revised = WorkPackageRules.revise(WP, before, definition, "a", NOW);
        assertThat(revised.state().measures()).hasSize(1);
        assertThat(revised.state().goalCodes()).containsExactly("II", "III");
        assertThatThrownBy(() -> WorkPackageRules.revise(WP, revised.state(), before, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("completed work package cannot become active");
        assertThat(WorkPackageRules.revise(WP, before, before, "a", NOW).events()).as("nothing changed").isEmpty();
    }

    @Test
    void a_renamed_measure_keeps_its_id() {
        WorkPackage before = withMeasure("m1", "TP3.2", "Sosiaalihuollon lainsäädännön uudistus");
        Decision<WorkPackage> renamed = WorkPackageRules.reviseMeasure(WP, before, "m1",
                new NewMeasure("m1", "TP3.2", Text.finnish("Sosiaalihuoltolain kokonaisuudistus"), List.of("2023-2027", "2027-2031")), "a", NOW);
        assertThat(renamed.state().measure("m1").title().fi()).isEqualTo("Sosiaalihuoltolain kokonaisuudistus");
        assertThat(renamed.state().measure("m1").termIds()).containsExactly("2023-2027", "2027-2031");
        assertThat(renamed.events()).singleElement().satisfies(e -> assertThat(e.contract()).isEqualTo(WorkPackageEvents.MEASURE_REVISED));
    }

    @Test
    void a_split_links_the_measure_to_the_new_ones_both_ways() {
        WorkPackage before = withMeasure("m1", "TP3.3", "Palvelurakenteen vahvistaminen");
        Decision<WorkPackage> split = WorkPackageRules.split(WP, before, "m1", List.of(
                new NewMeasure("m2", "TP3.3A", Text.finnish("Porrasteisuus"), List.of("2027-2031")),
                new NewMeasure("m3", "TP3.3B", Text.finnish("Keskittämisasetus"), List.of("2027-2031"))), "Kaksi erillistä valmistelua", "a", NOW);

        Measure old = split.state().measure("m1");
        assertThat(old.status()).isEqualTo(MeasureStatus.SPLIT);
        assertThat(old.successors()).containsExactly("m2", "m3");
        assertThat(split.state().measure("m2").predecessors()).containsExactly("m1");
        MeasureChanged event = (MeasureChanged) split.events().get(0).data();
        assertThat(event.measures()).extracting(m -> m.measureId()).containsExactly("m1", "m2", "m3");
        assertThatThrownBy(() -> WorkPackageRules.reviseMeasure(WP, split.state(), "m1",
                new NewMeasure("m1", "TP3.3", Text.finnish("x"), List.of()), "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("only active measures");
        assertThatThrownBy(() -> WorkPackageRules.split(WP, before, "m1", List.of(new NewMeasure("m2", "X", Text.finnish("x"), List.of())), null, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void a_merge_ends_the_merged_measures_in_the_new_one() {
        WorkPackage two = WorkPackageRules.addMeasure(WP, withMeasure("m1", "TP6.1", "Sosiaalihuolto SOTEssa"),
                new NewMeasure("m2", "TP6.2", Text.finnish("SOTE-palvelujen vaikuttavuus"), List.of()), "a", NOW).state();
        Decision<WorkPackage> merged = WorkPackageRules.merge(WP, two, List.of("m1", "m2"),
                new NewMeasure("m3", "TP6.1", Text.finnish("Sosiaalihuolto ja vaikuttavuus SOTEssa"), List.of("2027-2031")), "Yhdistetty", "a", NOW);
        assertThat(merged.state().measure("m1").status()).isEqualTo(MeasureStatus.MERGED);
        assertThat(merged.state().measure("m2").successors()).containsExactly("m3");
        assertThat(merged.state().measure("m3").predecessors()).containsExactly("m1", "m2");
        assertThatThrownBy(() -> WorkPackageRules.merge(WP, two, List.of("m1", "m1"), new NewMeasure("m3", "X", Text.finnish("x"), List.of()), null, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void a_dropped_measure_says_why_and_two_active_measures_never_share_a_code() {
        WorkPackage before = withMeasure("m1", "TP2.2", "Rahoitus, lainsäädäntö");
        assertThatThrownBy(() -> WorkPackageRules.drop(WP, before, "m1", " ", "a", NOW)).isInstanceOf(DomainRuleViolation.class);
        Decision<WorkPackage> dropped = WorkPackageRules.drop(WP, before, "m1", "Siirretty TP3:een", "a", NOW);
        assertThat(dropped.state().measure("m1").reason()).isEqualTo("Siirretty TP3:een");
        assertThatThrownBy(() -> WorkPackageRules.addMeasure(WP, before, new NewMeasure("m2", "TP2.2", Text.finnish("x"), List.of()), "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("share a code");
        assertThat(WorkPackageRules.addMeasure(WP, dropped.state(), new NewMeasure("m2", "TP2.2", Text.finnish("x"), List.of()), "a", NOW)
                .state().measures()).hasSize(2);
    }

    @Test
    void a_work_package_names_only_a_known_programme_its_goals_and_terms_and_work_packages_of_that_programme() {
        KnownProgramme shko = new KnownProgramme("shko", "SHKO", List.of("I", "II"), List.of("2023-2027"));
        WorkPackageRules.referencesHold(WP, tp3(), Optional.of(shko), Set.of());

        assertThatThrownBy(() -> WorkPackageRules.referencesHold(WP, tp3(), Optional.empty(), Set.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("not known");
        assertThatThrownBy(() -> WorkPackageRules.referencesHold(WP, tp3(),
                Optional.of(new KnownProgramme("shko", "SHKO", List.of("I"), List.of("2023-2027"))), Set.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("[II]");
        assertThatThrownBy(() -> WorkPackageRules.referencesHold(WP, tp3(),
                Optional.of(new KnownProgramme("shko", "SHKO", List.of("II"), List.of("2019-2023"))), Set.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("[2023-2027]");

        WorkPackage dependent = new WorkPackage("shko", "TP3", Text.finnish("x"), List.of(), List.of(), null, null,
                List.of("wp-2"), List.of(), List.of());
        WorkPackageRules.referencesHold(WP, dependent, Optional.of(shko), Set.of("wp-2"));
        assertThatThrownBy(() -> WorkPackageRules.referencesHold(WP, dependent, Optional.of(shko), Set.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("other work packages of its programme: wp-2");
    }
}
