package fi.tiekartta.programme.term;

import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.term.GovernmentTermEvents;
import fi.tiekartta.contracts.term.GovernmentTermRecorded;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;

import java.time.Instant;
import java.util.Optional;

/** The rules for the sequence of terms and the events their changes cause. */
public final class GovernmentTermRules {

    private GovernmentTermRules() {
    }

    /** A new term must directly follow the latest one: terms form an unbroken sequence. */
    public static Decision<GovernmentTerm> add(GovernmentTerm term, Optional<GovernmentTerm> latest, Instant now) {
        latest.ifPresent(previous -> {
            if (!previous.isFollowedBy(term)) {
                throw new DomainRuleViolation("The next government term starts in " + previous.lastYear() + "; term "
                        + term.id() + " does not follow term " + previous.id() + ".");
            }
        });
        return added(term, now);
    }

    /**
     * A term of the reference data shipped with the service. The file is trusted as a whole, so the "follows the
     * latest term" rule is not asked of it: its terms may be added in any order, and some may exist already.
     */
    public static Decision<GovernmentTerm> addFromReferenceData(GovernmentTerm term, Instant now) {
        return added(term, now);
    }

    /** A change keeps the term's years: a term is identified by them. One that changes nothing causes nothing. */
    public static Decision<GovernmentTerm> change(GovernmentTerm before, GovernmentTerm after, Instant now) {
        if (before.firstYear() != after.firstYear()) {
            throw new DomainRuleViolation("A term's years identify it and cannot change; add the term " + after.id() + " instead.");
        }
        if (before.equals(after)) {
            return Decision.of(before);
        }
        return Decision.of(after, PendingEvent.of(GovernmentTermEvents.CHANGED, recorded(after), now));
    }

    private static Decision<GovernmentTerm> added(GovernmentTerm term, Instant now) {
        return Decision.of(term, PendingEvent.of(GovernmentTermEvents.ADDED, recorded(term), now));
    }

    private static GovernmentTermRecorded recorded(GovernmentTerm term) {
        return new GovernmentTermRecorded(term.id(), term.firstYear(), term.lastYear(), term.electionDate(), term.startDate(),
                term.endDate(), term.governments().stream()
                .map(g -> new GovernmentTermRecorded.Government(g.number(), g.primeMinister(), g.appointed(), g.ended()))
                .toList());
    }
}
