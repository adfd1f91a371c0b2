package fi.tiekartta.regional.reports;

import fi.tiekartta.contracts.reporting.RegionalReportChanged;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.rounds.FrozenException;
import fi.tiekartta.regional.rounds.RoundRulesTest;
import fi.tiekartta.regional.rounds.CloseReason;
import fi.tiekartta.regional.rounds.ReportingRound;
import fi.tiekartta.regional.rounds.RoundStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ReportRulesTest {

    static final HumanKeys KEYS = RoundRulesTest.KEYS;

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final Instant DEADLINE = NOW.plus(Duration.ofDays(30));
    static final ReportingRound OPEN = new ReportingRound("shko", Text.finnish("Seuranta 2026/2"), "2026-H2", DEADLINE,
            List.of("m-61", "m-62"), List.of("09", "17"), RoundStatus.OPEN, null, null, null, null);
    static final ReportingRound CLOSED = new ReportingRound("shko", Text.finnish("Seuranta 2026/2"), "2026-H2", DEADLINE,
            List.of("m-61", "m-62"), List.of("09", "17"), RoundStatus.CLOSED, NOW.plusSeconds(60), "stm-admin",
            CloseReason.BY_HAND, null);

    static ReportContent partial(double share) {
        return new ReportContent(ImplementationLevel.PARTIAL, share, ShareBasis.POPULATION,
                Text.finnish("Käytössä Lahdessa."), List.of(new Indicator(Text.finnish("Kattavuus"), "%", 10.0, 100.0, share)),
                List.of(new EvidenceLink("https://example.fi/raportti", null)));
    }

    static RegionalReport draft() {
        return ReportRules.draft(OPEN, "r1", "09", "m-61", partial(40), null, "reporter", NOW).state();
    }

    static RegionalReport submitted() {
        return ReportRules.submit("id", OPEN, draft(), KEYS, "reporter", NOW).state();
    }

    @Test
    void the_level_scale_has_a_share_only_for_partial_use() {
        assertThat(partial(0).share()).isZero();
        assertThat(partial(100).share()).isEqualTo(100.0);
        assertThatThrownBy(() -> partial(100.5)).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> partial(-1)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new ReportContent(ImplementationLevel.PARTIAL, null, null, null, null, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("share covered");
        assertThatThrownBy(() -> new ReportContent(ImplementationLevel.PARTIAL, 40.0, null, null, null, null))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new ReportContent(ImplementationLevel.ESTABLISHED, 40.0, ShareBasis.POPULATION, null, null, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Only a measure in use in part");
        assertThat(new ReportContent(ImplementationLevel.PILOTING, null, null, null, null, null).level())
                .isEqualTo(ImplementationLevel.PILOTING);
    }

    @Test
    void a_narrative_is_written_in_finnish_or_swedish() {
        assertThatThrownBy(() -> new ReportContent(null, null, null, new Text(null, null, "English only", "en"), null, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Finnish and/or Swedish");
        assertThat(new ReportContent(null, null, null, new Text(null, "På svenska", null, "sv"), null, null).narrative().sv())
                .isEqualTo("På svenska");
    }

    @Test
    void a_report_is_drafted_only_for_a_region_and_measure_of_the_open_round() {
        assertThat(draft().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(ReportRules.draft(OPEN, "r1", "09", "m-61", partial(40), null, "reporter", NOW).events()).as("drafts are private").isEmpty();
        assertThatThrownBy(() -> ReportRules.draft(OPEN, "r1", "06", "m-61", partial(40), null, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("not asked");
        assertThatThrownBy(() -> ReportRules.draft(OPEN, "r1", "09", "m-99", partial(40), null, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("not in this round's scope");
        assertThatThrownBy(() -> ReportRules.draft(CLOSED, "r1", "09", "m-61", partial(40), null, "r", NOW)).isInstanceOf(FrozenException.class);
        assertThatThrownBy(() -> ReportRules.draft(OPEN, "r1", "09", "m-61", partial(40), null, "r", DEADLINE))
                .as("past the deadline, before the check closed the round").isInstanceOf(FrozenException.class);
    }

    @Test
    void a_report_is_submitted_with_its_level_and_narrative() {
        RegionalReport empty = ReportRules.draft(OPEN, "r1", "09", "m-61",
                new ReportContent(null, null, null, null, null, null), null, "r", NOW).state();
        assertThatThrownBy(() -> ReportRules.submit("id", OPEN, empty, KEYS, "r", NOW)).hasMessageContaining("level");
        RegionalReport levelOnly = ReportRules.edit(OPEN, empty, null, null,
                new ReportContent(ImplementationLevel.PLANNING, null, null, null, null, null), null, NOW).state();
        assertThatThrownBy(() -> ReportRules.submit("id", OPEN, levelOnly, KEYS, "r", NOW)).hasMessageContaining("narrative");
        Decision<RegionalReport> submitted = ReportRules.submit("id", OPEN, draft(), KEYS, "reporter-paijat-hame", NOW);
        assertThat(submitted.state().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.state().reporter()).isEqualTo("reporter-paijat-hame");
        assertThat(submitted.events()).singleElement().satisfies(e -> assertThat(e.contract()).isEqualTo(ReportingEvents.REPORT_SUBMITTED));
    }

    @Test
    void a_submitted_report_waits_for_the_verifier_and_is_not_edited_meanwhile() {
        assertThatThrownBy(() -> ReportRules.edit(OPEN, submitted(), null, null, partial(50), null, NOW)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> ReportRules.submit("id", OPEN, submitted(), KEYS, "r", NOW)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> ReportRules.verify("id", OPEN, draft(), null, null, KEYS, "v", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Only a submitted report is verified");
        assertThatThrownBy(() -> ReportRules.returnForCorrection("id", OPEN, draft(), "why", KEYS, "v", NOW))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void a_returned_report_says_why_and_the_region_corrects_and_resubmits_it() {
        assertThatThrownBy(() -> ReportRules.returnForCorrection("id", OPEN, submitted(), " ", KEYS, "v", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("correct");
        Decision<RegionalReport> returned = ReportRules.returnForCorrection("id", OPEN, submitted(), "Lähde puuttuu", KEYS, "thl-verifier", NOW);
        assertThat(returned.state().status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.state().returned().comment()).isEqualTo("Lähde puuttuu");
        assertThat(((RegionalReportChanged) returned.events().get(0).data()).comment()).isEqualTo("Lähde puuttuu");
        RegionalReport corrected = ReportRules.edit(OPEN, returned.state(), null, null, partial(35), null, NOW).state();
        assertThat(ReportRules.submit("id", OPEN, corrected, KEYS, "r", NOW).state().selfReport().share()).isEqualTo(35.0);
    }

    @Test
    void the_verified_value_is_kept_beside_the_self_report_and_defaults_to_it() {
        RegionalReport confirmed = ReportRules.verify("id", OPEN, submitted(), null, null, KEYS, "thl-verifier", NOW).state();
        assertThat(confirmed.verified().value()).isEqualTo(new Implementation(ImplementationLevel.PARTIAL, 40.0, ShareBasis.POPULATION));
        RegionalReport lowered = ReportRules.verify("id", OPEN, submitted(),
                new Implementation(ImplementationLevel.PILOTING, null, null), "Vasta pilotissa", KEYS, "thl-verifier", NOW).state();
        assertThat(lowered.selfReport().level()).isEqualTo(ImplementationLevel.PARTIAL);
        assertThat(lowered.verified().value().level()).isEqualTo(ImplementationLevel.PILOTING);
        assertThat(lowered.verified().comment()).isEqualTo("Vasta pilotissa");
        assertThatThrownBy(() -> ReportRules.verify("id", OPEN, lowered, null, null, KEYS, "v", NOW)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void a_report_of_a_closed_round_is_frozen_and_changes_only_by_recorded_corrections() {
        RegionalReport verified = ReportRules.verify("id", OPEN, submitted(), null, null, KEYS, "v", NOW).state();
        assertThatThrownBy(() -> ReportRules.edit(CLOSED, verified, null, null, partial(10), null, NOW)).isInstanceOf(FrozenException.class);
        assertThatThrownBy(() -> ReportRules.submit("id", CLOSED, verified, KEYS, "r", NOW)).isInstanceOf(FrozenException.class);
        assertThatThrownBy(() -> ReportRules.verify("id", CLOSED, submitted(), null, null, KEYS, "v", NOW)).isInstanceOf(FrozenException.class);
        assertThatThrownBy(() -> ReportRules.returnForCorrection("id", CLOSED, submitted(), "x", KEYS, "v", NOW))
                .isInstanceOf(FrozenException.class);

        Decision<RegionalReport> corrected = ReportRules.correctSelfReport("id", CLOSED, verified, partial(45), "Uusi laskenta", KEYS, "reporter", NOW);
        RegionalReport afterRegion = corrected.state();
        assertThat(afterRegion.selfReport().share()).isEqualTo(45.0);
        assertThat(afterRegion.status()).as("waits for a verified correction").isEqualTo(ReportStatus.SUBMITTED);
        assertThat(afterRegion.atDeadline().selfReport().share()).isEqualTo(40.0);
        assertThat(afterRegion.atDeadline().status()).isEqualTo(ReportStatus.VERIFIED);
        assertThat(corrected.events()).singleElement().satisfies(e -> assertThat(e.contract()).isEqualTo(ReportingEvents.REPORT_REVISED));

        RegionalReport afterVerifier = ReportRules.correctVerified("id", CLOSED, afterRegion,
                new Implementation(ImplementationLevel.PARTIAL, 45.0, ShareBasis.POPULATION), null, "Tarkistettu", KEYS, "thl", NOW).state();
        assertThat(afterVerifier.status()).isEqualTo(ReportStatus.VERIFIED);
        assertThat(afterVerifier.corrections()).extracting(Correction::number, Correction::kind)
                .containsExactly(tuple(1, Correction.Kind.SELF_REPORT),
                        tuple(2, Correction.Kind.VERIFIED));
        assertThat(afterVerifier.atDeadline().selfReport().share()).as("the deadline's report stays as it was").isEqualTo(40.0);
    }

    @Test
    void corrections_need_a_closed_round_a_submitted_report_and_a_reason() {
        assertThatThrownBy(() -> ReportRules.correctSelfReport("id", OPEN, submitted(), partial(1), "x", KEYS, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("still open");
        assertThatThrownBy(() -> ReportRules.correctSelfReport("id", CLOSED, draft(), partial(1), "x", KEYS, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("never submitted");
        assertThatThrownBy(() -> ReportRules.correctSelfReport("id", CLOSED, submitted(), partial(1), " ", KEYS, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("reason");
    }

    @Test
    void a_new_report_names_its_cell() {
        assertThatThrownBy(() -> ReportRules.checkNamesItsCell(null, "m-61"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("A new report names its cell");
        assertThatThrownBy(() -> ReportRules.checkNamesItsCell("r1", null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("A new report names its cell");
        assertThatThrownBy(() -> ReportRules.draft(OPEN, "r1", "09", null, partial(40), null, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("give roundId and measureId");
    }

    @Test
    void a_report_stays_in_its_cell() {
        assertThat(ReportRules.edit(OPEN, draft(), "r1", "m-61", partial(50), null, NOW).state().selfReport().share())
                .as("its own cell may be named").isEqualTo(50.0);
        assertThatThrownBy(() -> ReportRules.edit(OPEN, draft(), "r2", null, partial(50), null, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("A report stays in its cell");
        assertThatThrownBy(() -> ReportRules.edit(OPEN, draft(), null, "m-62", partial(50), null, NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("A report stays in its cell");
    }

    @Test
    void a_cell_has_one_report_id() {
        assertThat(RegionalReport.idOf("r1", "09", "m-61")).isEqualTo(RegionalReport.idOf("r1", "09", "m-61"))
                .isNotEqualTo(RegionalReport.idOf("r1", "17", "m-61"));
    }
}
