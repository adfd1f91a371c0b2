package fi.tiekartta.milestone.web;

import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.milestone.Milestone;
import fi.tiekartta.milestone.ParentRef;
import fi.tiekartta.milestone.application.MilestoneOnDay;
import fi.tiekartta.platform.aggregate.Versioned;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A milestone as the API shows it. {@code overdue} is true while it is open and its forecast has ended (on
 * the day asked about); {@code overdueFlaggedFor} is the forecast the overdue event was sent for.
 */
record MilestoneView(String id, String programmeId, ParentRef parent, Text title, PeriodData baseline,
        PeriodData forecast, LocalDate actualDate, String status, List<EvidenceLink> evidence, boolean overdue,
        String overdueFlaggedFor, long version, String createdBy, Instant createdAt, String lastChangedBy,
        Instant lastChangedAt) {

    static MilestoneView of(MilestoneOnDay onDay) {
        Versioned<Milestone> stored = onDay.milestone();
        Milestone milestone = stored.state();
        return new MilestoneView(stored.id(), milestone.programmeId(), milestone.parent(), milestone.title(),
                milestone.baseline().period().toData(), milestone.forecast().period().toData(), milestone.actualDate(),
                milestone.status().name(), milestone.evidence(), onDay.overdue(),
                milestone.overdueFlaggedFor(), stored.version(), stored.createdBy(), stored.createdAt(),
                stored.lastChangedBy(), stored.lastChangedAt());
    }
}
