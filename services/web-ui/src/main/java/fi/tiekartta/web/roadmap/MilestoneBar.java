package fi.tiekartta.web.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A work package's milestone counts as a progress bar: one segment per bucket, in a fixed order, each with its
 * share of the whole; the numbers are also given in text next to the bar.
 *
 * @param total    all milestones
 * @param segments the non-empty buckets, in order
 */
public record MilestoneBar(int total, List<Segment> segments) {

    /** The buckets of the views' counts, in the order the bar shows them. */
    public static final List<String> BUCKETS = List.of("achieved", "onTrack", "atRisk", "overdue", "notRecorded", "missed", "cancelled");

    /** One bucket: its key ({@code achieved}, …), count and share in percent. */
    public record Segment(String bucket, int count, double percent) {
    }

    public static MilestoneBar of(Object counts) {
        if (!(counts instanceof Map<?, ?> map)) {
            return new MilestoneBar(0, List.of());
        }
        int total = number(map.get("total"));
        List<Segment> segments = new ArrayList<>();
        for (String bucket : BUCKETS) {
            int count = number(map.get(bucket));
            if (count > 0 && total > 0) {
                segments.add(new Segment(bucket, count, Math.round(count * 1000.0 / total) / 10.0));
            }
        }
        return new MilestoneBar(total, segments);
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }
}
