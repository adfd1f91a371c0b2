package fi.tiekartta.programme.term;

import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.term.GovernmentTermEvents;
import fi.tiekartta.contracts.term.GovernmentTermRecorded;
import fi.tiekartta.platform.domain.DomainRuleViolation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rules for the sequence of terms and the events their changes cause. Plain Java: the web adapter
 * calls it and stores what it answers.
 */
public final class GovernmentTerms {

    private GovernmentTerms() {
    }

    /** A new term must directly follow the latest one: terms form an unbroken sequence. */
    public static PendingEvent<GovernmentTermRecorded> add(GovernmentTerm term, Optional<GovernmentTerm> latest, Instant now) {
        latest.ifPresent(previous -> {
            if (!previous.isFollowedBy(term)) {
                throw new DomainRuleViolation("The next government term starts in " + previous.lastYear() + "; term "
                        + term.id() + " does not follow term " + previous.id() + ".");
            }
        });
        return PendingEvent.of(GovernmentTermEvents.ADDED, recorded(term), now);
    }

    /** A change keeps the term's years: a term is identified by them. */
    public static List<PendingEvent<?>> change(GovernmentTerm before, GovernmentTerm after, Instant now) {
        if (before.firstYear() != after.firstYear()) {
            throw new DomainRuleViolation("A term's years identify it and cannot change; add the term " + after.id() + " instead.");
        }
        if (before.equals(after)) {
            return List.of();
        }
        return List.of(PendingEvent.of(GovernmentTermEvents.CHANGED, recorded(after), now));
    }

    static GovernmentTermRecorded recorded(GovernmentTerm term) {
        return new GovernmentTermRecorded(term.id(), term.firstYear(), term.lastYear(), term.electionDate(), term.startDate(),
                term.endDate(), term.governments().stream()
                .map(g -> new GovernmentTermRecorded.Government(g.number(), g.primeMinister(), g.appointed(), g.ended()))
                .toList());
    }
}
