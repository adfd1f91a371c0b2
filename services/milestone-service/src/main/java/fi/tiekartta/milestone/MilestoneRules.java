package fi.tiekartta.milestone;

import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.milestone.EvidenceData;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestoneOverdue;
import fi.tiekartta.contracts.milestone.MilestonePlanned;
import fi.tiekartta.contracts.milestone.MilestoneRevised;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.PeriodValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules for planning, revising and achieving a milestone and for flagging it overdue: each answers the
 * milestone after the command with the events it causes. One change causes at most one event: reaching a
 * final status causes its own ({@code achieved}, {@code missed}, {@code cancelled}), any other change a
 * {@code revised}.
 * <p>
 * Rules, each a {@link DomainRuleViolation} (422) when broken, besides those every milestone keeps
 * ({@link MilestoneInvariants}, checked by {@link Milestone} itself):
 * <ul>
 *   <li>an actual period has begun, and only a milestone whose forecast has ended can have its completion not
 *       recorded (both in Finnish time, {@link MilestoneInvariants#checkOn}), whenever a command sets them;</li>
 *   <li>a milestone stays with its programme and parent, and keeps its code once it has one;</li>
 *   <li>achieved, missed and cancelled are final: the status, the periods and the actual period no longer
 *       change, but the title, the evidence and the basis may still be corrected and completed;</li>
 *   <li>only an open milestone can be achieved: planned, on track, at risk, or one whose completion was not
 *       recorded (which a user resolves by recording that it was achieved, cancelled or replanned).</li>
 * </ul>
 */
public final class MilestoneRules {

    private MilestoneRules() {
    }

    /** A new milestone; it may be recorded as already achieved, missed or cancelled (e.g. history). */
    public static Decision<Milestone> plan(String id, Milestone milestone, String actor, Instant now) {
        Milestone planned = milestone.withOverdueFlaggedFor(null);
        checkOn(planned, now);
        return Decision.of(planned, PendingEvent.of(MilestoneEvents.PLANNED, new MilestonePlanned(id, planned.code(),
                planned.programmeId(), planned.keys().programmeCode(), parent(planned), planned.title().toEvent(),
                period(planned.baseline()), period(planned.forecast()), period(planned.actual()), planned.status().name(),
                evidence(planned), Basis.toEvent(planned.basis()), actor, now), now));
    }

    /**
     * {@code before} replaced by {@code proposed} (as an admin or an import sent it, with its keys resolved anew).
     * The overdue bookkeeping is the service's own and is kept, and so is the code when the proposal gives none.
     * A revision that changes nothing causes nothing.
     */
    public static Decision<Milestone> revise(String id, Milestone before, Milestone proposed, String actor, Instant now) {
        Milestone after = (proposed.code() == null ? proposed.withCode(before.code()) : proposed)
                .withOverdueFlaggedFor(before.overdueFlaggedFor());
        if (before.code() != null && !before.code().equals(after.code())) {
            throw new DomainRuleViolation("code", "A milestone keeps its code (" + before.code() + "); plan a new milestone"
                    + " for a new code.");
        }
        if (!after.programmeId().equals(before.programmeId()) || !after.parent().equals(before.parent())) {
            throw new DomainRuleViolation("A milestone stays with its programme and its work package or measure; "
                    + "plan a new milestone instead.");
        }
        if (!before.status().canBecome(after.status())) {
            throw new DomainRuleViolation(capitalised(before.status().aMilestone()) + " cannot become "
                    + after.status().label() + ": " + before.status().label() + " is final.");
        }
        if (before.isFinal() && (!after.baseline().equals(before.baseline()) || !after.forecast().equals(before.forecast())
                || !Objects.equals(after.actual(), before.actual()))) {
            throw new DomainRuleViolation(capitalised(before.status().aMilestone()) + " is final: its periods and "
                    + "actual period no longer change (its title, evidence and basis may).");
        }
        if (after.status() != before.status() || !after.forecast().equals(before.forecast())
                || !Objects.equals(after.actual(), before.actual())) {
            checkOn(after, now);
        }
        if (after.equals(before)) {
            return Decision.of(before);
        }
        return Decision.of(after, revisedEvent(id, before, after, actor, now));
    }

    /**
     * The milestone achieved in {@code actual} (at the precision known: a day, a month, a year), with
     * {@code evidence} added to what it links already (a link it has is not added twice).
     */
    public static Decision<Milestone> achieve(String id, Milestone before, PeriodValue actual, List<EvidenceLink> evidence,
            String actor, Instant now) {
        if (before.isFinal()) {
            throw new DomainRuleViolation("Only an open milestone can be achieved; this one is "
                    + before.status().label() + ".");
        }
        if (actual == null) {
            throw new DomainRuleViolation("actual", "Give when the milestone was achieved (actual), at the precision known.");
        }
        List<EvidenceLink> links = new ArrayList<>(before.evidence());
        for (EvidenceLink link : evidence == null ? List.<EvidenceLink>of() : evidence) {
            if (links.stream().noneMatch(existing -> existing.url().equals(link.url()))) {
                links.add(link);
            }
        }
        Milestone after = before.achievedIn(actual, links);
        checkOn(after, now);
        return Decision.of(after, revisedEvent(id, before, after, actor, now));
    }

    /**
     * The overdue decision: when the milestone is overdue today (in Finnish time, see {@link Overdue}) and the
     * overdue event has not been sent for this forecast, the milestone records that it has been, and the event;
     * empty when there is nothing to flag. Stored at the version it was read at, this makes the event go out
     * once per forecast even when several checks run at the same time: only one of their changes can be written.
     */
    public static Optional<Decision<Milestone>> flagOverdue(String id, Milestone milestone, Instant now) {
        LocalDate today = FinnishTime.dateOf(now);
        if (!milestone.needsOverdueFlagOn(today)) {
            return Optional.empty();
        }
        Milestone flagged = milestone.withOverdueFlaggedFor(milestone.forecast().value());
        return Optional.of(Decision.of(flagged, PendingEvent.of(MilestoneEvents.OVERDUE,
                new MilestoneOverdue(id, flagged.code(), flagged.programmeId(), flagged.keys().programmeCode(),
                        parent(flagged), flagged.title().toEvent(),
                        period(flagged.baseline()), period(flagged.forecast()), flagged.status().name(), today, now),
                now)));
    }

    private static void checkOn(Milestone milestone, Instant now) {
        MilestoneInvariants.checkOn(FinnishTime.dateOf(now), milestone.forecast().period(), milestone.status(),
                milestone.actual() == null ? null : milestone.actual().period());
    }

    private static PendingEvent<MilestoneRevised> revisedEvent(String id, Milestone before, Milestone after, String actor,
            Instant now) {
        EventContract<MilestoneRevised> contract = after.status() == before.status() ? MilestoneEvents.REVISED
                : switch (after.status()) {
                    case ACHIEVED -> MilestoneEvents.ACHIEVED;
                    case MISSED -> MilestoneEvents.MISSED;
                    case CANCELLED -> MilestoneEvents.CANCELLED;
                    case PLANNED, ON_TRACK, AT_RISK, NOT_RECORDED -> MilestoneEvents.REVISED;
                };
        return PendingEvent.of(contract, new MilestoneRevised(id, after.code(), after.programmeId(),
                after.keys().programmeCode(), parent(after), after.title().toEvent(), period(after.baseline()),
                period(after.forecast()), period(after.actual()), after.status().name(), evidence(after),
                Basis.toEvent(after.basis()), before.status().name(), period(before.forecast()), actor, now), now);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static ParentData parent(Milestone milestone) {
        return new ParentData(milestone.parent().kind().name(), milestone.parent().id(), milestone.keys().parentCode(),
                milestone.keys().workPackageCode());
    }

    private static PeriodData period(PeriodValue period) {
        return period == null ? null : period.period().toData();
    }

    private static List<EvidenceData> evidence(Milestone milestone) {
        return milestone.evidence().stream().map(link -> new EvidenceData(link.url(), link.title())).toList();
    }
}
