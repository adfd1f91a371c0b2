package fi.tiekartta.workpackage.workpackage;

import fi.tiekartta.platform.domain.Lifecycle;

import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.domain.Text;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkPackageChangesTest {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final String WP = "wp-3";

    static WorkPackage tp3() {
        return new WorkPackage("shko", "TP3", Text.finnish("Palvelurakenneuudistuksen tukeminen"), List.of("II"),
                List.of("2023-2027"), "STM", Lifecycle.ACTIVE, List.of(), List.of(), List.of());
    }

    static WorkPackage withMeasure(String id, String code, String title) {
        return WorkPackageChanges.addMeasure(WP, tp3(), new NewMeasure(id, code, Text.finnish(title), List.of("2023-2027")), "a", NOW).after();
    }

    @Test
    void defining_a_work_package_starts_it_without_measures_or_assessments() {
        Changed defined = WorkPackageChanges.define(WP, tp3(), "stm-admin", NOW);
        assertThat(defined.after().measures()).isEmpty();
        assertThat(defined.events()).singleElement().satisfies(event -> assertThat(event.contract()).isEqualTo(WorkPackageEvents.DEFINED));
        assertThatThrownBy(() -> WorkPackageChanges.define(WP, new WorkPackage("shko", "TP3", Text.finnish("x"), List.of(), List.of(),
                null, null, List.of(WP), List.of(), List.of()), "a", NOW)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void every_confidence_assessment_is_kept_and_the_event_names_the_previous_rating() {
        Changed first = WorkPackageChanges.assessConfidence(WP, tp3(), DeliveryConfidence.AMBER_GREEN, "Lainsäädäntötyö aikataulussa", "stm-admin", NOW);
        Changed second = WorkPackageChanges.assessConfidence(WP, first.after(), DeliveryConfidence.AMBER_RED, "Rahoitus epävarma", "stm-admin", NOW.plusSeconds(60));

        assertThat(second.after().confidenceHistory()).extracting(ConfidenceAssessment::rating)
                .containsExactly(DeliveryConfidence.AMBER_GREEN, DeliveryConfidence.AMBER_RED);
        assertThat(second.after().confidence()).get().extracting(ConfidenceAssessment::rationale).isEqualTo("Rahoitus epävarma");
        ConfidenceChanged event = (ConfidenceChanged) second.events().get(0).data();
        assertThat(event.previousRating()).isEqualTo("AMBER_GREEN");
        assertThat(((ConfidenceChanged) first.events().get(0).data()).previousRating()).isNull();
        assertThatThrownBy(() -> WorkPackageChanges.assessConfidence(WP, tp3(), DeliveryConfidence.RED, " ", "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("rationale");
    }

    @Test
    void a_revision_keeps_measures_and_assessments_and_the_status_moves_forward_only() {
        WorkPackage before = withMeasure("m1", "TP3.2", "Sosiaalihuollon lainsäädännön uudistus");
        WorkPackage definition = new WorkPackage("shko", "TP3", Text.finnish("Palvelurakenneuudistuksen tukeminen"), List.of("II", "III"),
                List.of("2023-2027"), "STM", Lifecycle.COMPLETED, List.of(), List.of(), List.of());
        Changed revised = WorkPackageChanges.revise(WP, before, definition, "a", NOW);
        assertThat(revised.after().measures()).hasSize(1);
        assertThat(revised.after().goalCodes()).containsExactly("II", "III");
        assertThatThrownBy(() -> WorkPackageChanges.revise(WP, revised.after(), before, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("completed work package cannot become active");
        assertThat(WorkPackageChanges.revise(WP, before, before, "a", NOW).events()).as("nothing changed").isEmpty();
    }

    @Test
    void a_renamed_measure_keeps_its_id() {
        WorkPackage before = withMeasure("m1", "TP3.2", "Sosiaalihuollon lainsäädännön uudistus");
        Changed renamed = WorkPackageChanges.reviseMeasure(WP, before, "m1",
                new NewMeasure("m1", "TP3.2", Text.finnish("Sosiaalihuoltolain kokonaisuudistus"), List.of("2023-2027", "2027-2031")), "a", NOW);
        assertThat(renamed.after().measure("m1").title().fi()).isEqualTo("Sosiaalihuoltolain kokonaisuudistus");
        assertThat(renamed.after().measure("m1").termIds()).containsExactly("2023-2027", "2027-2031");
        assertThat(renamed.events()).singleElement().satisfies(e -> assertThat(e.contract()).isEqualTo(WorkPackageEvents.MEASURE_REVISED));
    }

    @Test
    void a_split_links_the_measure_to_the_new_ones_both_ways() {
        WorkPackage before = withMeasure("m1", "TP3.3", "Palvelurakenteen vahvistaminen");
        Changed split = WorkPackageChanges.split(WP, before, "m1", List.of(
                new NewMeasure("m2", "TP3.3A", Text.finnish("Porrasteisuus"), List.of("2027-2031")),
                new NewMeasure("m3", "TP3.3B", Text.finnish("Keskittämisasetus"), List.of("2027-2031"))), "Kaksi erillistä valmistelua", "a", NOW);

        Measure old = split.after().measure("m1");
        assertThat(old.status()).isEqualTo(MeasureStatus.SPLIT);
        assertThat(old.successors()).containsExactly("m2", "m3");
        assertThat(split.after().measure("m2").predecessors()).containsExactly("m1");
        MeasureChanged event = (MeasureChanged) split.events().get(0).data();
        assertThat(event.measures()).extracting(m -> m.measureId()).containsExactly("m1", "m2", "m3");
        assertThatThrownBy(() -> WorkPackageChanges.reviseMeasure(WP, split.after(), "m1",
                new NewMeasure("m1", "TP3.3", Text.finnish("x"), List.of()), "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("only active measures");
        assertThatThrownBy(() -> WorkPackageChanges.split(WP, before, "m1", List.of(new NewMeasure("m2", "X", Text.finnish("x"), List.of())), null, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void a_merge_ends_the_merged_measures_in_the_new_one() {
        WorkPackage two = WorkPackageChanges.addMeasure(WP, withMeasure("m1", "TP6.1", "Sosiaalihuolto SOTEssa"),
                new NewMeasure("m2", "TP6.2", Text.finnish("SOTE-palvelujen vaikuttavuus"), List.of()), "a", NOW).after();
        Changed merged = WorkPackageChanges.merge(WP, two, List.of("m1", "m2"),
                new NewMeasure("m3", "TP6.1", Text.finnish("Sosiaalihuolto ja vaikuttavuus SOTEssa"), List.of("2027-2031")), "Yhdistetty", "a", NOW);
        assertThat(merged.after().measure("m1").status()).isEqualTo(MeasureStatus.MERGED);
        assertThat(merged.after().measure("m2").successors()).containsExactly("m3");
        assertThat(merged.after().measure("m3").predecessors()).containsExactly("m1", "m2");
        assertThatThrownBy(() -> WorkPackageChanges.merge(WP, two, List.of("m1", "m1"), new NewMeasure("m3", "X", Text.finnish("x"), List.of()), null, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void a_dropped_measure_says_why_and_two_active_measures_never_share_a_code() {
        WorkPackage before = withMeasure("m1", "TP2.2", "Rahoitus, lainsäädäntö");
        assertThatThrownBy(() -> WorkPackageChanges.drop(WP, before, "m1", " ", "a", NOW)).isInstanceOf(DomainRuleViolation.class);
        Changed dropped = WorkPackageChanges.drop(WP, before, "m1", "Siirretty TP3:een", "a", NOW);
        assertThat(dropped.after().measure("m1").reason()).isEqualTo("Siirretty TP3:een");
        assertThatThrownBy(() -> WorkPackageChanges.addMeasure(WP, before, new NewMeasure("m2", "TP2.2", Text.finnish("x"), List.of()), "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("share a code");
        assertThat(WorkPackageChanges.addMeasure(WP, dropped.after(), new NewMeasure("m2", "TP2.2", Text.finnish("x"), List.of()), "a", NOW)
                .after().measures()).hasSize(2);
    }
}
