package fi.tiekartta.contracts.reporting;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.milestone.EvidenceData;

import java.util.List;

/**
 * What a region reports of one measure.
 *
 * @param level      NOT_STARTED, PLANNING, PILOTING, PARTIAL or ESTABLISHED
 * @param share      for PARTIAL: the share covered, 0–100 (%), else null
 * @param shareBasis for PARTIAL: POPULATION or MUNICIPALITIES, what the share is of, else null
 * @param narrative  in Finnish and/or Swedish; null in a draft not yet written
 */
public record ReportContentData(String level, Double share, String shareBasis, LocalizedText narrative,
        List<IndicatorData> indicators, List<EvidenceData> evidence) {
}
