package fi.tiekartta.progress.regional;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * One organiser's reporting: what it reported in each round it was asked in, its trend per measure across rounds,
 * what it still owes in the open rounds and by when, and what was returned to it.
 *
 * @param illustrative whether any round shown is illustrative demo content (see each round's {@code basis})
 */
public record RegionView(String code, LocalizedText names, String cooperationAreaCode, LocalizedText cooperationAreaNames,
        boolean illustrative, List<RoundReports> rounds, List<Trend> trends, List<Owed> owes, List<Returned> returned) {

    /** A round the region was asked in (or reported in), by deadline, with one entry per measure in scope. */
    public record RoundReports(RoundKey round, List<Report> reports) {
    }

    /**
     * The region's report of one measure in one round.
     *
     * @param status      MISSING (no report submitted), SUBMITTED, VERIFIED or RETURNED
     * @param atDeadline  the report as it stood at the round's deadline, where corrections changed it since, else null
     */
    public record Report(String measureId, String measureCode, LocalizedText measureTitle, String reportId, String status,
            ReportedLevel selfReported, ReportedLevel verified, int corrections, Snapshot atDeadline) {
    }

    /** A report as it stood at the deadline. */
    public record Snapshot(String status, ReportedLevel selfReported, ReportedLevel verified) {
    }

    /** One measure's levels in round order. */
    public record Trend(String programmeCode, String measureId, String measureCode, LocalizedText measureTitle,
            List<Point> points) {
    }

    /** The measure in one round; the levels are null where nothing was reported. */
    public record Point(String roundId, String period, Instant deadline, String status, String selfReported, String verified) {
    }

    /**
     * An open round in which the region still owes reports.
     *
     * @param overdue the deadline has passed (the reports froze then; the round is not closed yet)
     */
    public record Owed(RoundKey round, boolean overdue, List<OwedReport> reports) {
    }

    /**
     * A report owed: MISSING (asked, none submitted) or RETURNED (with the verifier's comment of what to correct).
     */
    public record OwedReport(String measureId, String measureCode, LocalizedText measureTitle, String status,
            String reportId, String comment) {
    }

    /** A return of a report to the region, newest first, with the report's status now. */
    public record Returned(String roundId, String programmeCode, String period, String reportId, String measureId,
            String measureCode, LocalizedText measureTitle, String comment, String by, Instant at, String statusNow) {
    }
}
