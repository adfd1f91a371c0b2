package fi.tiekartta.milestone;

import fi.tiekartta.kernel.milestone.MilestoneStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the list of milestones can be narrowed to. A criterion that is null (or an empty list of statuses)
 * narrows nothing; the given ones all apply.
 *
 * @param parentId       the work package or measure, by id
 * @param statuses       any of these
 * @param overdue        true: only the overdue ones ({@link Overdue}); false: only the others
 * @param forecastBefore the forecast's last day lies before this day
 * @param forecastAfter  the forecast's last day lies after this day
 */
public record MilestoneFilter(String programmeId, String parentId, List<MilestoneStatus> statuses, Boolean overdue,
        LocalDate forecastBefore, LocalDate forecastAfter) {

    public MilestoneFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }
}
