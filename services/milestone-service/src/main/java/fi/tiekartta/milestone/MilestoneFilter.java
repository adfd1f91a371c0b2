package fi.tiekartta.milestone;

import fi.tiekartta.kernel.milestone.MilestoneStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the list of milestones can be narrowed to. A criterion that is null (or an empty list of statuses)
 * narrows nothing; the given ones all apply.
 *
 * @param code           the milestone's code (e.g. SHKO-VALM-02)
 * @param programmeCode  the programme, by its code (e.g. SHKO)
 * @param parentId       the work package or measure, by id
 * @param parentCode     the work package or measure, by its code (TP3, TP3.2)
 * @param statuses       any of these
 * @param overdue        true: only the overdue ones ({@link Overdue}); false: only the others
 * @param forecastBefore the forecast's last day lies before this day
 * @param forecastAfter  the forecast's last day lies after this day
 */
public record MilestoneFilter(String code, String programmeId, String programmeCode, String parentId, String parentCode,
        List<MilestoneStatus> statuses, Boolean overdue, LocalDate forecastBefore, LocalDate forecastAfter) {

    /** Only the milestone with this code in this programme. */
    public static MilestoneFilter byCode(String programmeId, String code) {
        return new MilestoneFilter(code, programmeId, null, null, null, null, null, null, null);
    }

    public MilestoneFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }
}
