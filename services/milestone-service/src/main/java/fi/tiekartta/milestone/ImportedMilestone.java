package fi.tiekartta.milestone;

import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.PeriodValue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A milestone of an accepted roadmap import, as the document gave it. The document names the milestone's work
 * package (and measure) by code, while a milestone refers to them by id, which this service learns only from
 * the work package context's events; so an imported milestone becomes a {@link Milestone} once its parent is
 * known. Its id derives from the programme and the milestone's key, so a re-import finds it again.
 *
 * @param measureCode taken from the entry: null when the milestone belongs to the work package itself
 */
public record ImportedMilestone(String milestoneId, String programmeId, String workPackageCode, MilestoneEntry entry,
        String acceptedBy) {

    public static ImportedMilestone of(String programmeId, String workPackageCode, MilestoneEntry entry, String acceptedBy) {
        return new ImportedMilestone(milestoneId(programmeId, entry.key()), programmeId, workPackageCode, entry, acceptedBy);
    }

    /** The same programme and key always give the same milestone. */
    public static String milestoneId(String programmeId, String key) {
        return UUID.nameUUIDFromBytes((programmeId + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The code of the measure it belongs to, or null when it belongs to the work package itself. */
    public String measureCode() {
        return entry.measure();
    }

    /** The milestone it becomes under its parent; a {@code DomainRuleViolation} if it breaks a milestone's rules. */
    public Milestone toMilestone(ParentRef parent) {
        return new Milestone(entry.key(), programmeId, parent, Text.fromEvent(entry.title()), period(entry.baseline()),
                period(entry.forecast()), period(entry.actual()),
                entry.status() == null ? null : MilestoneStatus.valueOf(entry.status()),
                entry.evidence() == null ? List.of()
                        : entry.evidence().stream().map(link -> new EvidenceLink(link.url(), link.title())).toList(),
                Basis.fromEvent(entry.basis()));
    }

    /** A document may write a period canonically or as the Finnish sources do. */
    private static PeriodValue period(String text) {
        return text == null ? null : PeriodValue.read(text);
    }

    /**
     * Checks now, before its parent is known, every rule the milestone will be held to when it is applied
     * ({@link Milestone}'s invariants and those that depend on the day), so that a milestone the import check
     * should have refused is refused when the import arrives, not later. The work package's code stands in
     * for the parent's id, which no rule looks at.
     */
    public void check(LocalDate today) {
        Milestone milestone = toMilestone(new ParentRef(ParentKind.WORK_PACKAGE, workPackageCode));
        MilestoneInvariants.checkOn(today, milestone.forecast().period(), milestone.status(),
                milestone.actual() == null ? null : milestone.actual().period());
    }
}
