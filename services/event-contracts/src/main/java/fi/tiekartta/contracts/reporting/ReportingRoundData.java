package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.time.Instant;
import java.util.List;

/**
 * A reporting round as events carry it, whole, after the change, with the human keys next to the ids.
 *
 * @param programmeCode the programme's code (e.g. {@code SHKO}) as region-service last learnt it, or null
 * @param period        the period the reports describe, e.g. {@code 2025-H2}
 * @param measureIds    the measures in scope (ids of workpackage-service)
 * @param measures      the same measures in the same order, with their codes and titles
 * @param regionCodes   the organisers that must answer (Statistics Finland codes)
 * @param regions       the same organisers in the same order, with their names
 * @param status        OPEN or CLOSED
 * @param closeReason   DEADLINE or BY_HAND once closed, else null
 * @param basis         what the round rests on: ILLUSTRATIVE for demo content, else usually null (a real round)
 */
public record ReportingRoundData(String roundId, String programmeId, String programmeCode, LocalizedText title,
        PeriodData period, Instant deadline, List<String> measureIds, List<MeasureKeyData> measures,
        List<String> regionCodes, List<RegionKeyData> regions, String status, Instant closedAt, String closeReason,
        BasisData basis) {
}
