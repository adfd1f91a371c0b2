package fi.tiekartta.contracts.milestone;

import fi.tiekartta.contracts.PeriodData;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code fi.tiekartta.milestone.revised.v1}, {@code ….achieved.v1}, {@code ….missed.v1} and
 * {@code ….cancelled.v1}: the whole milestone after the change, so a consumer simply replaces what it holds.
 * {@code previousStatus} and {@code previousForecast} tell what moved; the type says whether the milestone
 * reached a final status with this change.
 *
 * @param actualDate when it was achieved; set exactly when {@code status} is {@code ACHIEVED}
 */
public record MilestoneRevised(
        String milestoneId,
        String programmeId,
        ParentData parent,
        LocalizedText title,
        PeriodData baseline,
        PeriodData forecast,
        LocalDate actualDate,
        String status,
        List<EvidenceData> evidence,
        String previousStatus,
        PeriodData previousForecast,
        String revisedBy,
        Instant revisedAt) {
}
