/**
 * What needs attention, in one answer: the roadmap's overdue and at-risk milestones and its work packages of low
 * delivery confidence ({@link fi.tiekartta.progress.roadmap.RoadmapAttention}) beside the reports missing or
 * returned near a deadline ({@link fi.tiekartta.progress.regional.ReportingAttention}). It keeps no data of its
 * own: each part is its feature's view.
 */
package fi.tiekartta.progress.attention;
