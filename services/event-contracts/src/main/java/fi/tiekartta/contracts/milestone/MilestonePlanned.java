package fi.tiekartta.contracts.milestone;

import fi.tiekartta.contracts.PeriodData;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code fi.tiekartta.milestone.planned.v1}: a milestone was created, as it stands. A milestone
 * recorded afterwards (e.g. imported history) may already be achieved, missed or cancelled: {@code status}
 * says so, and no second event follows for it.
 *
 * @param actualDate when it was achieved; set exactly when {@code status} is {@code ACHIEVED}
 */
public record MilestonePlanned(
        String milestoneId,
        String programmeId,
        ParentData parent,
        LocalizedText title,
        PeriodData baseline,
        PeriodData forecast,
        LocalDate actualDate,
        String status,
        List<EvidenceData> evidence,
        String plannedBy,
        Instant plannedAt) {
}
