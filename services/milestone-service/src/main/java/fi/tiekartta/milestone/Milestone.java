package fi.tiekartta.milestone;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.PeriodValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A milestone of a work package or a measure: what is to be reached ({@code title}), when it was first
 * planned ({@code baseline}) and when it is now expected ({@code forecast}), both in the precision the
 * source gave ("kevät 2023"), where it stands ({@code status}), the day it was achieved
 * ({@code actualDate}) and links to evidence. Immutable: a change is a new value, decided by
 * {@link MilestoneRules}. What every milestone must hang together on is {@link MilestoneInvariants}: the
 * roadmap import checks the same rules before it accepts a document.
 *
 * @param parentKind        with {@code parentId}: the work package or measure it belongs to (see {@link #parent()});
 *                          kept as two fields so that MongoDB stores {@code parentId} under its own name
 * @param forecast          defaults to the baseline
 * @param overdueFlaggedFor the forecast (canonical text) for which the overdue event was last sent, or null;
 *                          written by the overdue check in the same change as its event, so it is sent once
 *                          per forecast however many checks run
 */
public record Milestone(String programmeId, ParentKind parentKind, String parentId, Text title, PeriodValue baseline,
        PeriodValue forecast, LocalDate actualDate, MilestoneStatus status, List<EvidenceLink> evidence,
        String overdueFlaggedFor) {

    public Milestone {
        if (programmeId == null || programmeId.isBlank()) {
            throw new DomainRuleViolation("A milestone belongs to a programme: give its programmeId.");
        }
        programmeId = programmeId.strip();
        ParentRef parent = new ParentRef(parentKind, parentId);
        parentId = parent.id();
        Objects.requireNonNull(title, "title");
        forecast = forecast == null ? baseline : forecast;
        status = status == null ? MilestoneStatus.PLANNED : status;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        MilestoneInvariants.check(baseline == null ? null : baseline.period(), forecast == null ? null : forecast.period(),
                status, actualDate, evidence);
    }

    public Milestone(String programmeId, ParentRef parent, Text title, PeriodValue baseline, PeriodValue forecast,
            LocalDate actualDate, MilestoneStatus status, List<EvidenceLink> evidence) {
        this(programmeId, Objects.requireNonNull(parent, "parent").kind(), parent.id(), title, baseline, forecast, actualDate,
                status, evidence, null);
    }

    /** The work package or measure the milestone belongs to. */
    public ParentRef parent() {
        return new ParentRef(parentKind, parentId);
    }

    public boolean isFinal() {
        return status.isFinal();
    }

    /** Whether it is overdue on {@code day}, as {@link Overdue} defines it. */
    public boolean isOverdueOn(LocalDate day) {
        return Overdue.on(day).test(this);
    }

    /** Overdue, and the overdue event has not been sent for this forecast yet. */
    public boolean needsOverdueFlagOn(LocalDate today) {
        return isOverdueOn(today) && !forecast.value().equals(overdueFlaggedFor);
    }

    Milestone withOverdueFlaggedFor(String forecastValue) {
        return new Milestone(programmeId, parentKind, parentId, title, baseline, forecast, actualDate, status, evidence,
                forecastValue);
    }
}
