package fi.tiekartta.progress.attention;

import fi.tiekartta.progress.regional.ReportingAttention;
import fi.tiekartta.progress.roadmap.RoadmapAttention;

import java.time.Instant;
import java.util.List;

/**
 * What needs attention now, as one answer.
 *
 * @param at            when it was judged
 * @param withinDays    how near a deadline counts as near, for the reports
 * @param milestones    the roadmap part: overdue and at-risk milestones, work packages of low confidence
 * @param reports       reports missing or returned in open rounds whose deadline is near or past
 */
public record Attention(String programmeCode, Instant at, int withinDays, RoadmapAttention.Items milestones,
        List<ReportingAttention.Item> reports) {
}
