package fi.tiekartta.contracts.milestone;

import fi.tiekartta.contracts.PeriodData;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code fi.tiekartta.milestone.planned.v1}: a milestone was created, as it stands. A milestone
 * recorded afterwards (e.g. imported history) may already be achieved, missed or cancelled: {@code status}
 * says so, and no second event follows for it.
 *
 * @param code          the milestone's human key (e.g. SHKO-VALM-02, the roadmap import's key), or null
 * @param programmeCode the programme's code (e.g. SHKO), as last learnt from its events
 * @param actual        when it was achieved, at the precision known (a day, a month, a year); set exactly when
 *                      {@code status} is {@code ACHIEVED}
 * @param basis         what the milestone rests on (a source, an inference, illustrative), or null
 */
public record MilestonePlanned(
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
        String plannedBy,
        Instant plannedAt) {
}
