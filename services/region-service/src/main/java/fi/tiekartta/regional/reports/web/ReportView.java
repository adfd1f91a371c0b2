package fi.tiekartta.regional.reports.web;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.keys.MeasureKey;
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
 * last return note, and, once corrected after the close, the report as it stood at the deadline. Next to the ids:
 * the programme's code, the measure's code and title and the region's name (as last learnt; null where not).
 * {@code basis}: what it rests on, ILLUSTRATIVE for demo content, null for a real report.
 */
record ReportView(String id, String roundId, String programmeId, String programmeCode, String measureId,
        String measureCode, Text measureTitle, String regionCode, Text regionName, String status,
        ReportContent selfReport, VerifiedView verified, ReturnNote returned, String reporter, Instant submittedAt,
        SnapshotView atDeadline, List<Correction> corrections, Basis basis, long version, String createdBy,
        Instant createdAt, String lastChangedBy, Instant lastChangedAt) {

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

    static ReportView of(Versioned<RegionalReport> stored, HumanKeys keys) {
        RegionalReport report = stored.state();
        MeasureKey measure = keys.measure(report.measureId());
        return new ReportView(stored.id(), report.roundId(), report.programmeId(), keys.programmeCode(report.programmeId()),
                report.measureId(), measure.code(), measure.title(), report.regionCode(),
                keys.regionName(report.regionCode()), report.status().name(), report.selfReport(),
                VerifiedView.of(report.verified()), report.returned(), report.reporter(), report.submittedAt(),
                SnapshotView.of(report.atDeadline()), report.corrections(), report.basis(), stored.version(),
                stored.createdBy(), stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
