package fi.tiekartta.milestone;

import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.kernel.milestone.MilestoneStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The one definition of "overdue": on a day, a milestone is overdue when someone still expects it to be reached
 * (planned, on track or at risk: {@link #statuses()}; a milestone whose completion was not recorded is not late,
 * it is unknown) and its forecast ended before that day (the forecast's last day, {@code forecast.end},
 * lies before {@link #forecastEndedBefore()}). Days are Finnish days ({@link FinnishTime}).
 * <p>
 * {@link Milestone#isOverdueOn} tests one milestone with {@link #test}; the queries of {@link Milestones}
 * (the overdue check's candidates, the list's {@code overdue} filter) are built from the same two parts, so
 * the database and the domain cannot disagree on which milestones are overdue.
 */
public record Overdue(LocalDate day) {

    public Overdue {
        Objects.requireNonNull(day, "day");
    }

    public static Overdue on(LocalDate day) {
        return new Overdue(day);
    }

    /** The statuses in which a milestone can be overdue: the open ones that expect completion. */
    public List<MilestoneStatus> statuses() {
        return MilestoneStatus.expectingCompletion();
    }

    /** An overdue milestone's forecast ended before this day: its last day lies before it. */
    public LocalDate forecastEndedBefore() {
        return day;
    }

    public boolean test(Milestone milestone) {
        return statuses().contains(milestone.status()) && milestone.forecast().end().isBefore(forecastEndedBefore());
    }
}
