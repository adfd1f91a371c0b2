package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.milestone.EvidenceData;
import fi.tiekartta.contracts.milestone.ParentData;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.Period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A milestone as the roadmap keeps it: one document per milestone (its id the {@code _id}), replaced by every
 * milestone event newer than the one it reflects; read by its programme's id. Besides the event's data it keeps
 * {@code forecastEnd} and {@code baselineEnd} (the periods' last days, {@link Period#OPEN_END} for an open-ended
 * period) so the store can query and order by them, and {@code overdueDetectedOn}, the day milestone-service's
 * overdue check last flagged it.
 */
public record RoadmapMilestone(
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
        LocalDate forecastEnd,
        LocalDate baselineEnd,
        LocalDate overdueDetectedOn,
        Instant lastChangedAt) {

    /** Where the milestones of the roadmap are kept, one document per milestone id. */
    public static final String COLLECTION = "roadmap_milestones";

    /** Earliest forecast first (open-ended last), then by code. */
    public static final Comparator<RoadmapMilestone> BY_FORECAST = Comparator
            .comparing((RoadmapMilestone milestone) -> milestone.forecastPeriod(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RoadmapMilestone::code, Comparator.nullsLast(Codes.ORDER));

    public MilestoneStatus milestoneStatus() {
        return MilestoneStatus.valueOf(status);
    }

    /** The forecast as a period (the baseline where an event carried no forecast), or null if neither reads. */
    public Period forecastPeriod() {
        return period(forecast != null ? forecast : baseline);
    }

    public Period baselinePeriod() {
        return period(baseline);
    }

    /** Milestone-service's rule: still expected (planned, on track, at risk) and its forecast ended before the day. */
    public boolean isOverdueOn(LocalDate day) {
        Period forecastPeriod = forecastPeriod();
        return milestoneStatus().expectsCompletion() && forecastPeriod != null && forecastPeriod.hasEndedBefore(day);
    }

    /** Its forecast now ends after its baseline did: it has slipped (an open-ended forecast of a bounded baseline too). */
    public boolean hasSlipped() {
        Period forecastPeriod = forecastPeriod();
        Period baselinePeriod = baselinePeriod();
        return forecastPeriod != null && baselinePeriod != null && forecastPeriod.end().isAfter(baselinePeriod.end());
    }

    /** Expected, and either recorded at risk or slipped past its baseline (an overdue one is overdue rather). */
    public boolean isAtRiskOn(LocalDate day) {
        return milestoneStatus().expectsCompletion() && !isOverdueOn(day)
                && (milestoneStatus() == MilestoneStatus.AT_RISK || hasSlipped());
    }

    /** Where a roadmap's counts put it on the day: each milestone in exactly one bucket. */
    public MilestoneCounts.Bucket bucketOn(LocalDate day) {
        if (isOverdueOn(day)) {
            return MilestoneCounts.Bucket.OVERDUE;
        }
        return switch (milestoneStatus()) {
            case PLANNED, ON_TRACK -> MilestoneCounts.Bucket.ON_TRACK;
            case AT_RISK -> MilestoneCounts.Bucket.AT_RISK;
            case NOT_RECORDED -> MilestoneCounts.Bucket.NOT_RECORDED;
            case ACHIEVED -> MilestoneCounts.Bucket.ACHIEVED;
            case MISSED -> MilestoneCounts.Bucket.MISSED;
            case CANCELLED -> MilestoneCounts.Bucket.CANCELLED;
        };
    }

    /** The period it is placed by on a timeline: when it was achieved, else its forecast. */
    public Period placedBy() {
        Period actualPeriod = period(actual);
        return actualPeriod != null ? actualPeriod : forecastPeriod();
    }

    /** The id of the work package or measure it belongs to, or null. */
    public String parentId() {
        return parent == null ? null : parent.id();
    }

    private static Period period(PeriodData data) {
        if (data == null || data.value() == null) {
            return null;
        }
        try {
            return Period.parse(data.value());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
