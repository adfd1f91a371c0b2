package fi.tiekartta.platform.projection;

import java.time.Instant;

/**
 * A consumed event with its data read into its contract's record.
 *
 * @param id               the CloudEvents id, unique per event (a redelivered event keeps it)
 * @param subject          the id of the aggregate that caused it
 * @param aggregateVersion the aggregate's version after the change: what "newer" means for a projection
 */
public record ConsumedEvent<T>(String id, String type, String subject, long aggregateVersion, Instant time, T data) {
}
