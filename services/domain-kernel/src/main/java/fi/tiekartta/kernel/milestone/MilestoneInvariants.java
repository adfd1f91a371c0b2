package fi.tiekartta.kernel.milestone;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.period.Period;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * The rules every milestone keeps, in one place for the two that must agree on them: milestone-service,
 * on every milestone it stores, and the roadmap import, which checks a whole document before accepting it
 * (a milestone the import accepted must never be refused when milestone-service applies it). Each broken
 * rule is a {@link DomainRuleViolation} naming the field it concerns.
 */
public final class MilestoneInvariants {

    public static final int MAX_EVIDENCE = 50;

    private MilestoneInvariants() {
    }

    /**
     * What a milestone records must hang together: a baseline; a forecast (the baseline when not given) that
     * does not end before the baseline starts; an actual date exactly when achieved; at most
     * {@value #MAX_EVIDENCE} evidence links, each once.
     */
    public static void check(Period baseline, Period forecast, MilestoneStatus status, LocalDate actualDate,
            List<EvidenceLink> evidence) {
        if (baseline == null) {
            throw new DomainRuleViolation("baseline", "A milestone needs its baseline period.");
        }
        if (forecast != null && forecast.end().isBefore(baseline.start())) {
            throw new DomainRuleViolation("forecast", "The forecast " + forecast + " ends before the baseline "
                    + baseline + " starts.");
        }
        if (status == MilestoneStatus.ACHIEVED && actualDate == null) {
            throw new DomainRuleViolation("actualDate", "An achieved milestone needs the date it was achieved (actualDate).");
        }
        if (status != MilestoneStatus.ACHIEVED && actualDate != null) {
            throw new DomainRuleViolation("actualDate", "Only an achieved milestone has an actual date; this one is "
                    + status.label() + ".");
        }
        List<EvidenceLink> links = evidence == null ? List.of() : evidence;
        if (links.size() > MAX_EVIDENCE) {
            throw new DomainRuleViolation("evidence", "A milestone links at most " + MAX_EVIDENCE + " pieces of evidence.");
        }
        if (new HashSet<>(links.stream().map(EvidenceLink::url).toList()).size() != links.size()) {
            throw new DomainRuleViolation("evidence", "Each evidence link is given once.");
        }
    }

    /** A milestone is achieved on a day that has come ({@code today} in Finnish time). */
    public static void checkActualDate(LocalDate actualDate, LocalDate today) {
        if (actualDate != null && actualDate.isAfter(today)) {
            throw new DomainRuleViolation("actualDate", "A milestone is achieved on a day that has come: " + actualDate
                    + " is after today (" + today + ").");
        }
    }
}
