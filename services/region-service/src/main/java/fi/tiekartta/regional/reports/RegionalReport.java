package fi.tiekartta.regional.reports;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One cell of a round: how far measure {@code measureId} is implemented in region {@code regionCode}, as the
 * region reports it ({@code selfReport}) and as a verifier verified it ({@code verified}), side by side.
 * Immutable: a change is a new value, checked by {@link ReportRules}.
 *
 * @param returned    why it was last returned for correction, until it is verified
 * @param reporter    who submitted the self-report last
 * @param atDeadline  the report as it stood when the round closed, kept from its first correction on; null
 *                    while it has not been corrected (then it still stands as it was at the close)
 * @param corrections the corrections recorded after the round closed, oldest first
 * @param basis       what the report rests on, or null for a real report: ILLUSTRATIVE for demo content (a report
 *                    of an illustrative round is illustrative, {@link ReportRules#basisOf})
 */
public record RegionalReport(String roundId, String regionCode, String measureId, String programmeId,
        ReportContent selfReport, ReportStatus status, Verification verified, ReturnNote returned, String reporter,
        Instant submittedAt, ReportSnapshot atDeadline, List<Correction> corrections, Basis basis) {

    public RegionalReport {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(selfReport, "selfReport");
        status = status == null ? ReportStatus.DRAFT : status;
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        if (status == ReportStatus.VERIFIED && verified == null) {
            throw new DomainRuleViolation("A verified report has its verified value.");
        }
    }

    /** A report's id follows from its cell, so a cell can never hold two reports. */
    public static String idOf(String roundId, String regionCode, String measureId) {
        return UUID.nameUUIDFromBytes(("regional-report:" + roundId + "/" + regionCode + "/" + measureId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The report as it stood when its round closed: its snapshot once corrected, else itself. */
    public ReportSnapshot asAtDeadline() {
        return atDeadline != null ? atDeadline : new ReportSnapshot(selfReport, status, verified);
    }

    RegionalReport with(ReportContent newSelfReport, ReportStatus newStatus, Verification newVerified,
            ReturnNote newReturned, String newReporter, Instant newSubmittedAt) {
        return new RegionalReport(roundId, regionCode, measureId, programmeId, newSelfReport, newStatus, newVerified,
                newReturned, newReporter, newSubmittedAt, atDeadline, corrections, basis);
    }

    RegionalReport withBasis(Basis newBasis) {
        return new RegionalReport(roundId, regionCode, measureId, programmeId, selfReport, status, verified, returned,
                reporter, submittedAt, atDeadline, corrections, newBasis);
    }

    RegionalReport corrected(ReportContent newSelfReport, ReportStatus newStatus, Verification newVerified,
            String newReporter, Instant newSubmittedAt, Correction correction) {
        List<Correction> all = new ArrayList<>(corrections);
        all.add(correction);
        return new RegionalReport(roundId, regionCode, measureId, programmeId, newSelfReport, newStatus, newVerified,
                returned, newReporter, newSubmittedAt, asAtDeadline(), all, basis);
    }
}
