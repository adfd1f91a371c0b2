package fi.tiekartta.regional.reports;

/** Which reports of a region a listing shows; a criterion that is null (but the region) does not filter. */
public record ReportFilter(String regionCode, String roundId, String measureId, ReportStatus status) {
}
