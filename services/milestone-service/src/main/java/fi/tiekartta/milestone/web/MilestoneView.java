package fi.tiekartta.milestone.web;

import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.milestone.Milestone;
import fi.tiekartta.milestone.MilestoneKeys;
import fi.tiekartta.milestone.application.MilestoneOnDay;
import fi.tiekartta.platform.aggregate.Versioned;

import java.time.Instant;
import java.util.List;

/**
 * A milestone as the API shows it, with the human keys of what it refers to next to the ids. {@code overdue} is
 * true while it is expected (planned, on track, at risk) and its forecast has ended (on the day asked about); a
 * milestone whose completion is not recorded ({@code status} NOT_RECORDED) is never overdue.
 * {@code overdueFlaggedFor} is the forecast the overdue event was sent for. Texts carry {@code original}: the
 * other languages are translations.
 */
record MilestoneView(String id, String code, String programmeId, String programmeCode, Parent parent, Text title,
        PeriodData baseline, PeriodData forecast, PeriodData actual, String status, List<EvidenceLink> evidence,
        Basis basis, boolean overdue, String overdueFlaggedFor, long version, String createdBy, Instant createdAt,
        String lastChangedBy, Instant lastChangedAt) {

    /** The work package or measure, by id and code, and the code of the work package. */
    record Parent(String kind, String id, String code, String workPackageCode) {
    }

    static MilestoneView of(MilestoneOnDay onDay) {
        Versioned<Milestone> stored = onDay.milestone();
        Milestone milestone = stored.state();
        MilestoneKeys keys = milestone.keys();
        return new MilestoneView(stored.id(), milestone.code(), milestone.programmeId(), keys.programmeCode(),
                new Parent(milestone.parent().kind().name(), milestone.parent().id(), keys.parentCode(), keys.workPackageCode()),
                milestone.title(), milestone.baseline().period().toData(), milestone.forecast().period().toData(),
                milestone.actual() == null ? null : milestone.actual().period().toData(), milestone.status().name(),
                milestone.evidence(), milestone.basis(), onDay.overdue(), milestone.overdueFlaggedFor(), stored.version(),
                stored.createdBy(), stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
