package fi.tiekartta.progress.changes;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;

/**
 * One thing that changed, as the recent-changes feed shows it: from one consumed event, so the feed has one entry
 * per event (a redelivered event adds nothing).
 *
 * @param eventId       the event's id, the entry's identity
 * @param type          the event type, e.g. {@code fi.tiekartta.milestone.achieved.v1}
 * @param kind          what changed, for filtering: PROGRAMME, WORK_PACKAGE, MEASURE, MILESTONE, ROUND,
 *                      REPORT or INDICATOR (a national indicator)
 * @param subjectId     the id of what changed
 * @param subjectCode   its human key (SHKO, TP3, TP3.2, SHKO-VALM-02, a round's title code), or null
 * @param title         what it is called, in fi/sv/en, or null
 * @param summary       what happened, in fi/sv/en ("saavutettu" / "uppnådd" / "achieved"), or null
 * @param programmeId   the programme it belongs to, or null
 * @param programmeCode the programme's code, or null
 * @param workPackageCode the code of the work package it concerns (a work package, its measures, its milestones and
 *                      its measures' milestones), or null
 * @param regionCode    the region it concerns (reports), or null
 * @param by            who did it (the username in the event), or null
 * @param at            when it happened (the event's time)
 */
public record ChangeEntry(String eventId, String type, String kind, String subjectId, String subjectCode,
        LocalizedText title, LocalizedText summary, String programmeId, String programmeCode, String workPackageCode,
        String regionCode, String by, Instant at) {

    /** An entry that concerns no work package in particular (a programme, a round, a report, an indicator). */
    public ChangeEntry(String eventId, String type, String kind, String subjectId, String subjectCode, LocalizedText title,
            LocalizedText summary, String programmeId, String programmeCode, String regionCode, String by, Instant at) {
        this(eventId, type, kind, subjectId, subjectCode, title, summary, programmeId, programmeCode, null, regionCode, by, at);
    }
}
