package fi.tiekartta.milestone.milestone.web;

import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.milestone.milestone.ParentRef;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.EvidenceLink;
import fi.tiekartta.platform.domain.Text;
import fi.tiekartta.platform.web.PeriodView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as the API shows it. {@code overdue} is true while it is open and its forecast has ended (on
 * the day asked about); {@code overdueFlaggedFor} is the forecast the overdue event was sent for.
 */
record MilestoneView(String id, String programmeId, ParentRef parent, Text title, PeriodView baseline,
        PeriodView forecast, LocalDate actualDate, String status, List<EvidenceLink> evidence, boolean overdue,
        String overdueFlaggedFor, long version, String createdBy, Instant createdAt, String lastChangedBy,
        Instant lastChangedAt) {

    static MilestoneView of(Versioned<Milestone> stored, LocalDate today) {
        Milestone milestone = stored.state();
        return new MilestoneView(stored.id(), milestone.programmeId(), milestone.parent(), milestone.title(),
                PeriodView.of(milestone.baseline().period()), PeriodView.of(milestone.forecast().period()), milestone.actualDate(),
                milestone.status().name(), milestone.evidence(), milestone.isOverdueOn(today),
                milestone.overdueFlaggedFor(), stored.version(), stored.createdBy(), stored.createdAt(),
                stored.lastChangedBy(), stored.lastChangedAt());
    }
}
