package fi.tiekartta.contracts.milestone;

import fi.tiekartta.contracts.PeriodData;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code fi.tiekartta.milestone.revised.v1}, {@code ….achieved.v1}, {@code ….missed.v1} and
 * {@code ….cancelled.v1}: the whole milestone after the change, so a consumer simply replaces what it holds.
 * {@code previousStatus} and {@code previousForecast} tell what moved; the type says whether the milestone
 * reached a final status with this change.
 *
 * @param code          the milestone's human key (e.g. SHKO-VALM-02), or null
 * @param programmeCode the programme's code (e.g. SHKO), as last learnt from its events
 * @param actual        when it was achieved, at the precision known; set exactly when {@code status} is {@code ACHIEVED}
 * @param basis         what the milestone rests on, or null
 */
public record MilestoneRevised(
        String milestoneId,
        String code,
        String programmeId,
        String programmeCode,
        ParentData parent,
        LocalizedText title,
        PeriodData baseline,
        PeriodData forecast,
        PeriodData actual,
        String status,
        List<EvidenceData> evidence,
        BasisData basis,
        String previousStatus,
        PeriodData previousForecast,
        String revisedBy,
        Instant revisedAt) {
}
