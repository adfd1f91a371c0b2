package fi.tiekartta.progress.live.web;

import fi.tiekartta.progress.changes.RecordedChange;

import java.time.Instant;

/**
 * The {@code data:} of a {@code change} event: the keys a page needs to decide whether the change concerns it.
 * The entry's texts (title, summary, who) are in the change feed, {@code GET /api/progress/changes}.
 */
record ChangeEventData(String eventId, String type, String kind, String subjectId, String subjectCode,
        String programmeCode, String regionCode, String workPackageCode, Instant at) {

    static ChangeEventData of(RecordedChange change) {
        return new ChangeEventData(change.eventId(), change.type(), change.kind(), change.subjectId(), change.subjectCode(),
                change.programmeCode(), change.regionCode(), change.workPackageCode(), change.at());
    }
}
