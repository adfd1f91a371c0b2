package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

/**
 * A regional report as events carry it, whole, after the change: one cell (region, measure, round), with the
 * human keys next to the ids.
 *
 * @param programmeCode the programme's code (e.g. {@code SHKO}) as region-service last learnt it, or null
 * @param measureCode   the measure's code (e.g. {@code TP6.1}) as region-service last learnt it, or null
 * @param regionName    the organiser's name
 * @param status        DRAFT, SUBMITTED, VERIFIED or RETURNED
 * @param selfReport    what the region reports
 * @param verified      the verified value, null until verified
 * @param reporter      who submitted the self-report
 * @param corrections   how many corrections were recorded after the round closed
 * @param basis         what the report rests on: ILLUSTRATIVE for demo content (a report of an illustrative
 *                      round is illustrative), else usually null
 */
public record RegionalReportData(String reportId, String roundId, String programmeId, String programmeCode,
        String measureId, String measureCode, String regionCode, LocalizedText regionName, String status,
        ReportContentData selfReport, VerificationData verified, String reporter, int corrections, BasisData basis) {
}
