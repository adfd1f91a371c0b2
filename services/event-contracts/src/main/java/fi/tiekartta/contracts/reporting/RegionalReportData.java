package fi.tiekartta.contracts.reporting;

/**
 * A regional report as events carry it, whole, after the change: one cell (region, measure, round).
 *
 * @param status      DRAFT, SUBMITTED, VERIFIED or RETURNED
 * @param selfReport  what the region reports
 * @param verified    the verified value, null until verified
 * @param reporter    who submitted the self-report
 * @param corrections how many corrections were recorded after the round closed
 */
public record RegionalReportData(String reportId, String roundId, String programmeId, String measureId,
        String regionCode, String status, ReportContentData selfReport, VerificationData verified, String reporter,
        int corrections) {
}
