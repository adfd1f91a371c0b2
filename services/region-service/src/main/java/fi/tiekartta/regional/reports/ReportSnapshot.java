package fi.tiekartta.regional.reports;

/** The report as it stood when its round closed: kept once it is corrected, so both can be shown. */
public record ReportSnapshot(ReportContent selfReport, ReportStatus status, Verification verified) {
}
