package fi.tiekartta.progress.changes;

import java.time.Instant;

/**
 * A change-feed entry with its position: entries are numbered 1, 2, 3, … in the order they were recorded (in the
 * database of the read model generation that holds them), so a reader can ask for what came after the last one it
 * saw. Only the keys a live reader filters and routes on, not the entry's texts (read those from the feed).
 *
 * @param position        the entry's number in the order of recording, from 1
 * @param eventId         the event's id, the entry's identity in the feed
 * @param type            the event type
 * @param kind            PROGRAMME, WORK_PACKAGE, MEASURE, MILESTONE, ROUND, REPORT or INDICATOR
 * @param subjectId       the id of what changed
 * @param subjectCode     its human key, or null
 * @param programmeCode   the programme's code, or null
 * @param regionCode      the region it concerns (reports), or null
 * @param workPackageCode the work package it concerns (a work package, its measures and milestones), or null
 * @param at              when it happened (the event's time)
 */
public record RecordedChange(long position, String eventId, String type, String kind, String subjectId,
        String subjectCode, String programmeCode, String regionCode, String workPackageCode, Instant at) {
}
