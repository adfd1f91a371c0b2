package fi.tiekartta.progress.roadmap;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How many milestones stand where on a day: achieved; on track (planned or on track, not overdue); at risk (at
 * risk, not overdue); overdue (expected and its forecast ended, Finnish time); not recorded; missed; cancelled.
 * Every milestone counts in exactly one, so they add up to {@code total}.
 */
public record MilestoneCounts(int total, int achieved, int onTrack, int atRisk, int overdue, int notRecorded, int missed,
        int cancelled) {

    /** The buckets, one per count. */
    public enum Bucket {
        ACHIEVED, ON_TRACK, AT_RISK, OVERDUE, NOT_RECORDED, MISSED, CANCELLED
    }

    public static MilestoneCounts of(Collection<RoadmapMilestone> milestones, LocalDate day) {
        int[] counts = new int[Bucket.values().length];
        milestones.forEach(milestone -> counts[milestone.bucketOn(day).ordinal()]++);
        return new MilestoneCounts(milestones.size(), counts[Bucket.ACHIEVED.ordinal()], counts[Bucket.ON_TRACK.ordinal()],
                counts[Bucket.AT_RISK.ordinal()], counts[Bucket.OVERDUE.ordinal()], counts[Bucket.NOT_RECORDED.ordinal()],
                counts[Bucket.MISSED.ordinal()], counts[Bucket.CANCELLED.ordinal()]);
    }
}
