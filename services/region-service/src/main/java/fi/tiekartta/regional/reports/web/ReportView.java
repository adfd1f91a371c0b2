package fi.tiekartta.regional.reports.web;

import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.regional.reports.Correction;
import fi.tiekartta.regional.reports.RegionalReport;
import fi.tiekartta.regional.reports.ReportContent;
import fi.tiekartta.regional.reports.ReportSnapshot;
import fi.tiekartta.regional.reports.ReturnNote;
import fi.tiekartta.regional.reports.Verification;

import java.time.Instant;
import java.util.List;

/**
 * A regional report as the API shows it: the region's self-report and the verified value side by side, the
 * last return note, and, once corrected after the close, the report as it stood at the deadline.
 */
record ReportView(String id, String roundId, String programmeId, String measureId, String regionCode, String status,
        ReportContent selfReport, VerifiedView verified, ReturnNote returned, String reporter, Instant submittedAt,
        SnapshotView atDeadline, List<Correction> corrections, long version, String createdBy, Instant createdAt,
        String lastChangedBy, Instant lastChangedAt) {

    /** The verified value: level, share and basis as verified, the verifier's comment, who and when. */
    record VerifiedView(String level, Double share, String shareBasis, String comment, String verifiedBy,
            Instant verifiedAt) {

        static VerifiedView of(Verification verification) {
            if (verification == null) {
                return null;
            }
            return new VerifiedView(verification.value().level().name(), verification.value().share(),
                    verification.value().shareBasis() == null ? null : verification.value().shareBasis().name(),
                    verification.comment(), verification.verifiedBy(), verification.verifiedAt());
        }
    }

    record SnapshotView(ReportContent selfReport, String status, VerifiedView verified) {

        static SnapshotView of(ReportSnapshot snapshot) {
            return snapshot == null ? null
                    : new SnapshotView(snapshot.selfReport(), snapshot.status().name(), VerifiedView.of(snapshot.verified()));
        }
    }

    static ReportView of(Versioned<RegionalReport> stored) {
        RegionalReport report = stored.state();
        return new ReportView(stored.id(), report.roundId(), report.programmeId(), report.measureId(), report.regionCode(),
                report.status().name(), report.selfReport(), VerifiedView.of(report.verified()), report.returned(),
                report.reporter(), report.submittedAt(), SnapshotView.of(report.atDeadline()), report.corrections(),
                stored.version(), stored.createdBy(), stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
