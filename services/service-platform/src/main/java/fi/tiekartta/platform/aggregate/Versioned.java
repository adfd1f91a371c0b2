package fi.tiekartta.platform.aggregate;

import java.time.Instant;

/**
 * An aggregate's state as stored, with its version (the ETag of the API) and who created and last
 * changed it.
 */
public record Versioned<S>(String id, long version, S state, String createdBy, Instant createdAt,
        String lastChangedBy, Instant lastChangedAt) {
}
