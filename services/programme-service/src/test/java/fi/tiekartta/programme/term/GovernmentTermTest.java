package fi.tiekartta.programme.term;

import fi.tiekartta.contracts.term.GovernmentTermEvents;
import fi.tiekartta.contracts.term.GovernmentTermRecorded;
import fi.tiekartta.kernel.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GovernmentTermTest {

    static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    static final Government RINNE = new Government(75, "Antti Rinne", LocalDate.of(2019, 6, 6), LocalDate.of(2019, 12, 10));
    static final Government MARIN = new Government(76, "Sanna Marin", LocalDate.of(2019, 12, 10), LocalDate.of(2023, 6, 20));
    static final GovernmentTerm TERM_2019 = new GovernmentTerm(2019, LocalDate.of(2019, 4, 14), LocalDate.of(2019, 6, 6),
            LocalDate.of(2023, 6, 20), List.of(RINNE, MARIN));
    static final GovernmentTerm TERM_2023 = new GovernmentTerm(2023, LocalDate.of(2023, 4, 2), LocalDate.of(2023, 6, 20), null,
            List.of(new Government(77, "Petteri Orpo", LocalDate.of(2023, 6, 20), null)));

    @Test
    void a_term_is_named_by_its_four_electoral_years() {
        assertThat(TERM_2019.id()).isEqualTo("2019-2023");
        assertThat(TERM_2019.lastYear()).isEqualTo(2023);
        assertThat(TERM_2019.isFollowedBy(TERM_2023)).isTrue();
    }

    @Test
    void the_election_is_held_in_the_first_year_and_the_term_starts_after_it() {
        assertThatThrownBy(() -> new GovernmentTerm(2023, LocalDate.of(2022, 4, 2), null, null, List.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("held in 2023");
        assertThatThrownBy(() -> new GovernmentTerm(2023, LocalDate.of(2023, 4, 2), LocalDate.of(2023, 3, 1), null, List.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("starts after its election");
        assertThatThrownBy(() -> new GovernmentTerm(2023, LocalDate.of(2023, 4, 2), null, LocalDate.of(2027, 6, 1), List.of()))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("start date");
    }

    @Test
    void governments_follow_each_other_within_the_term() {
        assertThatThrownBy(() -> new GovernmentTerm(2019, LocalDate.of(2019, 4, 14), LocalDate.of(2019, 6, 6), null, List.of(MARIN, RINNE)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("order");
        Government overlapping = new Government(76, "Sanna Marin", LocalDate.of(2019, 12, 1), null);
        assertThatThrownBy(() -> new GovernmentTerm(2019, LocalDate.of(2019, 4, 14), LocalDate.of(2019, 6, 6), null, List.of(RINNE, overlapping)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("overlap");
        Government before = new Government(74, "Juha Sipilä", LocalDate.of(2015, 5, 29), LocalDate.of(2019, 6, 6));
        assertThatThrownBy(() -> new GovernmentTerm(2019, LocalDate.of(2019, 4, 14), LocalDate.of(2019, 6, 6), null, List.of(before)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("before the term started");
        assertThatThrownBy(() -> new Government(78, "Someone", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 5, 1)))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void the_next_term_must_follow_the_latest_one() {
        GovernmentTerm term2031 = new GovernmentTerm(2031, LocalDate.of(2031, 4, 20), null, null, List.of());
        assertThatThrownBy(() -> GovernmentTermRules.add(term2031, Optional.of(TERM_2023), NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("starts in 2027");
        var added = GovernmentTermRules.add(TERM_2023, Optional.of(TERM_2019), NOW).events().get(0);
        GovernmentTermRecorded recorded = (GovernmentTermRecorded) added.data();
        assertThat(added.contract()).isEqualTo(GovernmentTermEvents.ADDED);
        assertThat(recorded.termId()).isEqualTo("2023-2027");
        assertThat(recorded.governments()).extracting(GovernmentTermRecorded.Government::primeMinister).containsExactly("Petteri Orpo");
    }

    @Test
    void a_change_keeps_the_years_and_records_an_event_only_when_something_changed() {
        GovernmentTerm ended = new GovernmentTerm(2023, TERM_2023.electionDate(), TERM_2023.startDate(), LocalDate.of(2027, 6, 10),
                List.of(new Government(77, "Petteri Orpo", LocalDate.of(2023, 6, 20), LocalDate.of(2027, 6, 10))));
        assertThat(GovernmentTermRules.change(TERM_2023, ended, NOW).events()).singleElement()
                .satisfies(event -> assertThat(event.contract()).isEqualTo(GovernmentTermEvents.CHANGED));
        assertThat(GovernmentTermRules.change(TERM_2023, TERM_2023, NOW).events()).isEmpty();
        assertThatThrownBy(() -> GovernmentTermRules.change(TERM_2023, TERM_2019, NOW)).isInstanceOf(DomainRuleViolation.class);
    }
}
