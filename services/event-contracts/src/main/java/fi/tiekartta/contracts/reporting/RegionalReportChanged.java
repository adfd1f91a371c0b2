package fi.tiekartta.contracts.reporting;

import java.time.Instant;

/**
 * Data of the regional report events: the report after the change, who changed it and when, and
 * {@code comment}: the verifier's comment (verified), what to correct (returned), the reason (revised), or null.
 */
public record RegionalReportChanged(RegionalReportData report, String comment, String changedBy, Instant changedAt) {
}
