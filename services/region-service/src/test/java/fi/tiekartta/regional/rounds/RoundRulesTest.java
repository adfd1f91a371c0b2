package fi.tiekartta.regional.rounds;

import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.reporting.ReportingRoundChanged;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.programmes.KnownProgramme;
import fi.tiekartta.regional.programmes.ProgrammeCatalogue;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import fi.tiekartta.regional.regions.CooperationArea;
import fi.tiekartta.regional.regions.Region;
import fi.tiekartta.regional.regions.RegionCatalogue;
import fi.tiekartta.regional.regions.RegionKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class RoundRulesTest {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final Instant DEADLINE = NOW.plus(Duration.ofDays(30));

    /** Päijät-Häme and Pohjanmaa, enough of the catalogue for the rules. */
    static final RegionCatalogue REGIONS = new RegionCatalogue(
            List.of(new Region("09", RegionKind.WELLBEING_SERVICES_COUNTY, Text.finnish("Päijät-Hämeen hyvinvointialue"), false, "1", 7),
                    new Region("17", RegionKind.WELLBEING_SERVICES_COUNTY, Text.finnish("Pohjanmaan hyvinvointialue"), true, "4", 14)),
            List.of(new CooperationArea("1", Text.finnish("Etelä-Suomen yhteistyöalue"), null, List.of("09"), List.of()),
                    new CooperationArea("4", Text.finnish("Länsi-Suomen yhteistyöalue"), null, List.of("17"), List.of())));

    static final MeasureCatalogue MEASURES = new MeasureCatalogue() {
        final List<KnownMeasure> all = List.of(
                new KnownMeasure("m-61", "shko", "tp6", "TP6.1", Text.finnish("Sosiaalihuolto SOTEssa"), "ACTIVE"),
                new KnownMeasure("m-62", "shko", "tp6", "TP6.2", Text.finnish("SOTE-palvelujen vaikuttavuus"), "ACTIVE"),
                new KnownMeasure("m-old", "shko", "tp6", "TP6.9", Text.finnish("Lakkautettu"), "DROPPED"),
                new KnownMeasure("m-rso", "thl-rso", "rso1", "RSO1.B", Text.finnish("Nykytilan selvitys"), "ACTIVE"));

        @Override
        public Optional<KnownMeasure> find(String measureId) {
            return all.stream().filter(m -> m.measureId().equals(measureId)).findFirst();
        }

        @Override
        public List<KnownMeasure> findAll(Collection<String> measureIds) {
            return all.stream().filter(m -> measureIds.contains(m.measureId())).toList();
        }

        @Override
        public List<KnownMeasure> ofProgramme(String programmeId) {
            return all.stream().filter(m -> m.programmeId().equals(programmeId)).toList();
        }

        @Override
        public List<KnownMeasure> withCode(String code) {
            return all.stream().filter(m -> m.code().equals(code)).toList();
        }
    };

    /** SHKO and THL-RSO, as learnt from programme-service's events. */
    static final ProgrammeCatalogue PROGRAMMES = new ProgrammeCatalogue() {
        final List<KnownProgramme> all = List.of(new KnownProgramme("shko", "SHKO", null),
                new KnownProgramme("thl-rso", "THL-RSO", null));

        @Override
        public Optional<KnownProgramme> find(String programmeId) {
            return all.stream().filter(p -> p.programmeId().equals(programmeId)).findFirst();
        }

        @Override
        public List<KnownProgramme> withCode(String code) {
            return all.stream().filter(p -> p.code().equals(code)).toList();
        }
    };

    public static final HumanKeys KEYS = new HumanKeys(PROGRAMMES, MEASURES, REGIONS);

    static ReportingRound round(List<String> measures, List<String> regions, Instant deadline) {
        return ReportingRound.proposed("shko", Text.finnish("Seuranta 2026/2"), "2026-H2", deadline, measures, regions, null);
    }

    static ReportingRound openRound() {
        return RoundRules.open("r1", round(List.of("m-61"), List.of("09", "17"), DEADLINE), MEASURES, REGIONS, KEYS, "stm-admin", NOW).state();
    }

    @Test
    void opening_a_round_records_the_opened_event_with_the_whole_round() {
        Decision<ReportingRound> opened = RoundRules.open("r1", round(List.of("m-61", "m-62"), List.of("17", "09"), DEADLINE), MEASURES,
                REGIONS, KEYS, "stm-admin", NOW);
        assertThat(opened.state().regionCodes()).containsExactly("09", "17");
        assertThat(opened.events()).singleElement().satisfies(event -> {
            assertThat(event.contract()).isEqualTo(ReportingEvents.ROUND_OPENED);
            ReportingRoundChanged data = (ReportingRoundChanged) event.data();
            assertThat(data.round().period().value()).isEqualTo("2026-H2");
            assertThat(data.round().status()).isEqualTo("OPEN");
            assertThat(data.changedBy()).isEqualTo("stm-admin");
        });
    }

    @Test
    void a_round_opens_with_a_deadline_to_come() {
        assertThatThrownBy(() -> RoundRules.open("r1", round(List.of("m-61"), List.of("09"), NOW), MEASURES, REGIONS, KEYS, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("has passed");
    }

    @Test
    void a_round_covers_known_active_measures_of_its_own_programme_and_known_regions() {
        assertThatThrownBy(() -> RoundRules.open("r1", round(List.of("m-nope"), List.of("09"), DEADLINE), MEASURES, REGIONS, KEYS, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Unknown measures: m-nope");
        assertThatThrownBy(() -> RoundRules.open("r1", round(List.of("m-rso"), List.of("09"), DEADLINE), MEASURES, REGIONS, KEYS, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("RSO1.B belong to another programme");
        assertThatThrownBy(() -> RoundRules.open("r1", round(List.of("m-old"), List.of("09"), DEADLINE), MEASURES, REGIONS, KEYS, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("TP6.9 (DROPPED)");
        assertThatThrownBy(() -> RoundRules.open("r1", round(List.of("m-61"), List.of("09", "99"), DEADLINE), MEASURES, REGIONS, KEYS, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Unknown regions: 99");
    }

    @Test
    void a_round_names_each_measure_and_region_once_and_at_least_one_of_each() {
        assertThatThrownBy(() -> round(List.of("m-61", "m-61"), List.of("09"), DEADLINE)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> round(List.of("m-61"), List.of("09", "09"), DEADLINE)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> round(List.of(), List.of("09"), DEADLINE)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> round(List.of("m-61"), List.of(), DEADLINE)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> ReportingRound.proposed("shko", Text.finnish("x"), "joskus 2026", DEADLINE, List.of("m-61"), List.of("09"), null))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(ReportingRound.proposed("shko", Text.finnish("x"), "syksy 2026", DEADLINE, List.of("m-61"), List.of("09"), null)
                .period()).as("a Finnish form is kept as its canonical text").isEqualTo("2026-autumn");
    }

    @Test
    void an_open_round_may_get_a_later_deadline_and_a_wider_scope_but_never_a_narrower_one() {
        ReportingRound open = openRound();
        Decision<ReportingRound> widened = RoundRules.revise("r1", open, round(List.of("m-61", "m-62"), List.of("09", "17"),
                DEADLINE.plus(Duration.ofDays(7))), MEASURES, REGIONS, KEYS, "stm-admin", NOW);
        assertThat(widened.state().measureIds()).containsExactly("m-61", "m-62");
        assertThat(widened.events()).singleElement().satisfies(e -> assertThat(e.contract()).isEqualTo(ReportingEvents.ROUND_REVISED));
        assertThatThrownBy(() -> RoundRules.revise("r1", open, round(List.of("m-61"), List.of("09"), DEADLINE), MEASURES, REGIONS, KEYS, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("only grows");
        ReportingRound otherPeriod = ReportingRound.proposed("shko", Text.finnish("x"), "2027-H1", DEADLINE, List.of("m-61"), List.of("09", "17"), null);
        assertThatThrownBy(() -> RoundRules.revise("r1", open, otherPeriod, MEASURES, REGIONS, KEYS, "a", NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("keeps its programme and period");
        assertThat(RoundRules.revise("r1", open, open, MEASURES, REGIONS, KEYS, "a", NOW).events()).as("nothing changed").isEmpty();
    }

    @Test
    void a_closed_round_is_frozen() {
        ReportingRound closed = RoundRules.closeByHand("r1", openRound(), KEYS, "stm-admin", NOW).state();
        assertThat(closed.closeReason()).isEqualTo(CloseReason.BY_HAND);
        assertThat(closed.acceptsReportsAt(NOW)).isFalse();
        assertThatThrownBy(() -> RoundRules.closeByHand("r1", closed, KEYS, "stm-admin", NOW)).isInstanceOf(FrozenException.class);
        assertThatThrownBy(() -> RoundRules.revise("r1", closed, closed, MEASURES, REGIONS, KEYS, "a", NOW)).isInstanceOf(FrozenException.class);
    }

    @Test
    void a_round_stops_accepting_reports_at_its_deadline_and_closes_as_of_the_deadline() {
        ReportingRound open = openRound();
        assertThat(open.acceptsReportsAt(DEADLINE.minusMillis(1))).isTrue();
        assertThat(open.acceptsReportsAt(DEADLINE)).isFalse();
        assertThat(RoundRules.closeIfDue("r1", open, KEYS, DEADLINE.minusMillis(1))).isEmpty();
        Instant late = DEADLINE.plus(Duration.ofHours(3));
        Decision<ReportingRound> closed = RoundRules.closeIfDue("r1", open, KEYS, late).orElseThrow();
        assertThat(closed.state().closedAt()).as("as reported at the deadline, however late the check ran").isEqualTo(DEADLINE);
        assertThat(closed.state().closeReason()).isEqualTo(CloseReason.DEADLINE);
        assertThat(closed.state().closedBy()).isEqualTo(RoundRules.SYSTEM);
        assertThat(closed.events()).singleElement().satisfies(e -> assertThat(e.contract()).isEqualTo(ReportingEvents.ROUND_CLOSED));
        assertThat(RoundRules.closeIfDue("r1", closed.state(), KEYS, late)).as("closes once").isEmpty();
        assertThatThrownBy(() -> RoundRules.revise("r1", open, round(List.of("m-61"), List.of("09", "17"),
                late.plus(Duration.ofDays(7))), MEASURES, REGIONS, KEYS, "stm-admin", late))
                .as("its reports froze at the deadline; a later one does not thaw them").isInstanceOf(FrozenException.class);
    }
}
