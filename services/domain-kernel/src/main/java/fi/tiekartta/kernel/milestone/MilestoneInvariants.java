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
     * does not end before the baseline starts; an actual period (when it was achieved, at the precision known:
     * a day, "April 2019", "2022") exactly when achieved, and one that has an end; at most
     * {@value #MAX_EVIDENCE} evidence links, each once.
     */
    public static void check(Period baseline, Period forecast, MilestoneStatus status, Period actual,
            List<EvidenceLink> evidence) {
        if (baseline == null) {
            throw new DomainRuleViolation("baseline", "A milestone needs its baseline period.");
        }
        if (forecast != null && forecast.end().isBefore(baseline.start())) {
            throw new DomainRuleViolation("forecast", "The forecast " + forecast + " ends before the baseline "
                    + baseline + " starts.");
        }
        if (status == MilestoneStatus.ACHIEVED && actual == null) {
            throw new DomainRuleViolation("actual", "An achieved milestone needs when it was achieved (actual), at the"
                    + " precision known: a day (2023-05-17), a month (2019-04), a year (2022), ….");
        }
        if (status != MilestoneStatus.ACHIEVED && actual != null) {
            throw new DomainRuleViolation("actual", "Only an achieved milestone has an actual period; this one is "
                    + status.label() + ".");
        }
        if (actual != null && actual.isOpenEnded()) {
            throw new DomainRuleViolation("actual", "A milestone is achieved within a period that has an end, not "
                    + actual + ".");
        }
        List<EvidenceLink> links = evidence == null ? List.of() : evidence;
        if (links.size() > MAX_EVIDENCE) {
            throw new DomainRuleViolation("evidence", "A milestone links at most " + MAX_EVIDENCE + " pieces of evidence.");
        }
        if (new HashSet<>(links.stream().map(EvidenceLink::url).toList()).size() != links.size()) {
            throw new DomainRuleViolation("evidence", "Each evidence link is given once.");
        }
    }

    /**
     * The rules that depend on the day ({@code today} in Finnish time), checked whenever a command sets them: a
     * milestone is achieved in a period that has begun; only a milestone whose forecast has ended can have its
     * completion not recorded (before that it is simply planned).
     */
    public static void checkOn(LocalDate today, Period forecast, MilestoneStatus status, Period actual) {
        if (actual != null && actual.start().isAfter(today)) {
            throw new DomainRuleViolation("actual", "A milestone is achieved in a period that has begun: " + actual
                    + " begins after today (" + today + ").");
        }
        if (status == MilestoneStatus.NOT_RECORDED && forecast != null && !forecast.hasEndedBefore(today)) {
            throw new DomainRuleViolation("status", "Only a milestone whose forecast has ended can have its completion"
                    + " not recorded; " + forecast + " has not ended yet, so the milestone is planned.");
        }
    }
}
