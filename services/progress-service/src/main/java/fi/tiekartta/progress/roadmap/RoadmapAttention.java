package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.milestone.ParentData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The roadmap part of "what needs attention": overdue milestones, milestones at risk (recorded at risk, or whose
 * forecast now ends after their baseline did), and work packages whose latest delivery confidence is RED or
 * AMBER_RED. The attention endpoint composes it with the reporting part.
 */
public interface RoadmapAttention {

    /** On today in Finnish time; of the programme with this code, or of every programme when null (an unknown code has none). */
    Items attention(String programmeCode);

    /** As {@link #attention(String)} on the given day. */
    Items attention(String programmeCode, LocalDate day);

    /**
     * @param overdue       expected and the forecast ended before the day, earliest forecast first
     * @param atRisk        expected, not overdue, and at risk or slipped, earliest forecast first
     * @param lowConfidence work packages whose latest confidence is RED or AMBER_RED, RED first, then by code
     */
    record Items(LocalDate asOf, List<MilestoneItem> overdue, List<MilestoneItem> atRisk,
            List<WorkPackageItem> lowConfidence) {
    }

    /**
     * @param reasons why it needs attention: OVERDUE, AT_RISK (recorded so), SLIPPED (forecast ends after the baseline)
     */
    record MilestoneItem(String milestoneId, String code, LocalizedText title, String programmeId, String programmeCode,
            LocalizedText programmeNames, String workPackageCode, ParentData parent, String status, PeriodData baseline,
            PeriodData forecast, List<String> reasons) {
    }

    record WorkPackageItem(String workPackageId, String code, LocalizedText title, String programmeId, String programmeCode,
            LocalizedText programmeNames, String rating, String previousRating, String rationale, String assessedBy,
            Instant assessedAt) {
    }
}
