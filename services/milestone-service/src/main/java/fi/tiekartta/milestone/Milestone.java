package fi.tiekartta.milestone;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.PeriodValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A milestone of a work package or a measure: what is to be reached ({@code title}), when it was first
 * planned ({@code baseline}) and when it is now expected ({@code forecast}), both in the precision the
 * source gave ("kevät 2023"), where it stands ({@code status}), when it was achieved ({@code actual}, at the
 * precision known: a day, "April 2019", "2022"), links to evidence and what the record rests on
 * ({@code basis}). Immutable: a change is a new value, decided by {@link MilestoneRules}. What every milestone
 * must hang together on is {@link MilestoneInvariants}: the roadmap import checks the same rules before it
 * accepts a document.
 *
 * @param code              the human key (e.g. SHKO-VALM-02, the roadmap import's key), or null
 * @param parentKind        with {@code parentId}: the work package or measure it belongs to (see {@link #parent()});
 *                          kept as two fields so that MongoDB stores {@code parentId} under its own name
 * @param forecast          defaults to the baseline
 * @param keys              the codes of its programme and parent, as last learnt ({@link MilestoneKeys})
 * @param overdueFlaggedFor the forecast (canonical text) for which the overdue event was last sent, or null;
 *                          written by the overdue check in the same change as its event, so it is sent once
 *                          per forecast however many checks run
 */
public record Milestone(String code, String programmeId, ParentKind parentKind, String parentId, Text title,
        PeriodValue baseline, PeriodValue forecast, PeriodValue actual, MilestoneStatus status,
        List<EvidenceLink> evidence, Basis basis, MilestoneKeys keys, String overdueFlaggedFor) {

    /** The form of a milestone's code, the same as a roadmap document's milestone key. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    public Milestone {
        if (code != null && !CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("code", "A milestone's code is 1–32 capital letters, digits and hyphens, starting"
                    + " with a letter or digit (e.g. SHKO-VALM-02).");
        }
        if (programmeId == null || programmeId.isBlank()) {
            throw new DomainRuleViolation("programmeId", "A milestone belongs to a programme: give its programmeId.");
        }
        programmeId = programmeId.strip();
        ParentRef parent = new ParentRef(parentKind, parentId);
        parentId = parent.id();
        Objects.requireNonNull(title, "title");
        forecast = forecast == null ? baseline : forecast;
        status = status == null ? MilestoneStatus.PLANNED : status;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        keys = keys == null ? MilestoneKeys.UNKNOWN : keys;
        MilestoneInvariants.check(baseline == null ? null : baseline.period(), forecast == null ? null : forecast.period(),
                status, actual == null ? null : actual.period(), evidence);
    }

    /** A milestone as a request or an import gives it: its keys are resolved and its overdue flag kept by the service. */
    public Milestone(String code, String programmeId, ParentRef parent, Text title, PeriodValue baseline,
            PeriodValue forecast, PeriodValue actual, MilestoneStatus status, List<EvidenceLink> evidence, Basis basis) {
        this(code, programmeId, Objects.requireNonNull(parent, "parent").kind(), parent.id(), title, baseline, forecast,
                actual, status, evidence, basis, MilestoneKeys.UNKNOWN, null);
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
        return new Milestone(code, programmeId, parentKind, parentId, title, baseline, forecast, actual, status, evidence,
                basis, keys, forecastValue);
    }

    Milestone withCode(String newCode) {
        return new Milestone(newCode, programmeId, parentKind, parentId, title, baseline, forecast, actual, status, evidence,
                basis, keys, overdueFlaggedFor);
    }

    public Milestone withKeys(MilestoneKeys resolved) {
        return new Milestone(code, programmeId, parentKind, parentId, title, baseline, forecast, actual, status, evidence,
                basis, resolved, overdueFlaggedFor);
    }

    Milestone achievedIn(PeriodValue when, List<EvidenceLink> links) {
        return new Milestone(code, programmeId, parentKind, parentId, title, baseline, forecast, when,
                MilestoneStatus.ACHIEVED, links, basis, keys, overdueFlaggedFor);
    }
}
