package fi.tiekartta.progress.regional;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * The reporting part of "what needs attention": reports missing (a region asked, nothing submitted) and reports
 * returned for correction, in open rounds whose deadline is near or past.
 */
public interface ReportingAttention {

    /**
     * The items of open rounds whose deadline is at most {@code days} days after {@code now} (or already past), by
     * deadline, then region and measure code.
     *
     * @param programmeCode only this programme's rounds (e.g. {@code SHKO}), or null for all
     */
    List<Item> near(Instant now, int days, String programmeCode);

    /**
     * One report that needs attention.
     *
     * @param kind    MISSING_REPORT or RETURNED_REPORT
     * @param overdue the round's deadline has passed
     * @param comment for a returned report, what to correct
     * @param basis   the round's basis ({@code ILLUSTRATIVE} for demo content), or null
     */
    record Item(String kind, String roundId, LocalizedText roundTitle, String period, String programmeId,
            String programmeCode, Instant deadline, boolean overdue, String regionCode, LocalizedText regionName,
            String measureId, String measureCode, LocalizedText measureTitle, String reportId, String comment,
            BasisData basis) {
    }
}
