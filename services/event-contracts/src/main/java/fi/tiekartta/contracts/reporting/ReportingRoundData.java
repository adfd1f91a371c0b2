package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.time.Instant;
import java.util.List;

/**
 * A reporting round as events carry it, whole, after the change.
 *
 * @param period      the period the reports describe, e.g. {@code 2025-H2}
 * @param measureIds  the measures in scope (ids of workpackage-service)
 * @param regionCodes the organisers that must answer (Statistics Finland codes)
 * @param status      OPEN or CLOSED
 * @param closeReason DEADLINE or BY_HAND once closed, else null
 */
public record ReportingRoundData(String roundId, String programmeId, LocalizedText title, PeriodData period,
        Instant deadline, List<String> measureIds, List<String> regionCodes, String status, Instant closedAt,
        String closeReason) {
}
