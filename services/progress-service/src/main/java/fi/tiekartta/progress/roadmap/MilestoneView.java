package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.milestone.EvidenceData;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.kernel.period.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as the views show it: baseline, forecast and actual as periods with their labels (an open-ended
 * period's {@code end} is null), its status, whether it is overdue on the view's day and whether its forecast has
 * slipped past its baseline, and the terms it is placed on (by its actual if achieved, else its forecast).
 */
public record MilestoneView(String milestoneId, String code, LocalizedText title, String workPackageCode, ParentData parent,
        String status, boolean overdue, boolean slipped, PeriodData baseline, PeriodData forecast, PeriodData actual,
        List<String> terms, BasisData basis, List<EvidenceData> evidence, LocalDate overdueDetectedOn,
        Instant lastChangedAt) {

    static MilestoneView of(RoadmapMilestone milestone, String workPackageCode, List<Term> terms, LocalDate day) {
        Period placedBy = milestone.placedBy();
        List<String> on = terms.stream().filter(term -> term.overlaps(placedBy)).map(Term::id).toList();
        return new MilestoneView(milestone.milestoneId(), milestone.code(), milestone.title(), workPackageCode,
                milestone.parent(), milestone.status(), milestone.isOverdueOn(day), milestone.hasSlipped(), milestone.baseline(),
                milestone.forecast(), milestone.actual(), on, milestone.basis(),
                milestone.evidence() == null ? List.of() : milestone.evidence(), milestone.overdueDetectedOn(),
                milestone.lastChangedAt());
    }
}
