package fi.tiekartta.platform.aggregate;

import java.time.Instant;
import java.util.List;

/**
 * One change of an aggregate: the version it produced, who made it and when, and the fields it
 * changed with their values before and after (as stored, i.e. JSON-like values).
 */
public record Revision(long version, String by, Instant at, List<FieldChange> changes) {

    /** One field's value before and after a change; {@code from} is null when the field was new. */
    public record FieldChange(String field, Object from, Object to) {
    }
}
