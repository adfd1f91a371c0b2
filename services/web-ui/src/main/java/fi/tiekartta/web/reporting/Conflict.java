package fi.tiekartta.web.reporting;

import java.util.List;

/**
 * Someone changed the resource after the user opened the form (412 from the service): who and when, and what
 * changed between the version the user saw and the version now, as the form shows those values.
 *
 * @param changedBy who changed it last (null if unknown)
 * @param changedAt when, as shown to the user (null if unknown)
 * @param changes   the values that differ, in the form's order (empty when they could not be read)
 */
public record Conflict(String changedBy, String changedAt, List<Change> changes) {

    /** One value as the user saw it and as it is now. */
    public record Change(String labelKey, String before, String now) {
    }
}
