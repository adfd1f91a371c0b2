package fi.tiekartta.milestone.milestone;

import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.domain.EvidenceLink;
import fi.tiekartta.platform.domain.Text;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A milestone of a work package or a measure: what is to be reached ({@code title}), when it was first
 * planned ({@code baseline}) and when it is now expected ({@code forecast}), both in the precision the
 * source gave ("kevät 2023"), where it stands ({@code status}), the day it was achieved
 * ({@code actualDate}) and links to evidence. Immutable: a change is a new value, checked by
 * {@link MilestoneRevisions}.
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

    public static final int MAX_EVIDENCE = 50;

    public Milestone {
        if (programmeId == null || programmeId.isBlank()) {
            throw new DomainRuleViolation("A milestone belongs to a programme: give its programmeId.");
        }
        programmeId = programmeId.strip();
        ParentRef parent = new ParentRef(parentKind, parentId);
        parentId = parent.id();
        Objects.requireNonNull(title, "title");
        if (baseline == null) {
            throw new DomainRuleViolation("A milestone needs its baseline period.");
        }
        forecast = forecast == null ? baseline : forecast;
        status = status == null ? MilestoneStatus.PLANNED : status;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (forecast.end().isBefore(baseline.start())) {
            throw new DomainRuleViolation("The forecast " + forecast.value() + " ends before the baseline "
                    + baseline.value() + " starts.");
        }
        if (status == MilestoneStatus.ACHIEVED && actualDate == null) {
            throw new DomainRuleViolation("An achieved milestone needs the date it was achieved (actualDate).");
        }
        if (status != MilestoneStatus.ACHIEVED && actualDate != null) {
            throw new DomainRuleViolation("Only an achieved milestone has an actual date; this one is "
                    + status.label() + ".");
        }
        if (evidence.size() > MAX_EVIDENCE) {
            throw new DomainRuleViolation("A milestone links at most " + MAX_EVIDENCE + " pieces of evidence.");
        }
        if (new HashSet<>(evidence.stream().map(EvidenceLink::url).toList()).size() != evidence.size()) {
            throw new DomainRuleViolation("Each evidence link is given once.");
        }
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

    /** Open, and its forecast period has ended before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return !isFinal() && forecast.period().hasEndedBefore(today);
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
