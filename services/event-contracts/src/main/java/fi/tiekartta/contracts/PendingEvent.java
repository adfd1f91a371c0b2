package fi.tiekartta.contracts;

import java.time.Instant;

/**
 * An event an aggregate has recorded and that waits to be stored with it and published: the contract
 * says what it is and where it goes, {@code data} what happened and {@code occurredAt} when.
 */
public record PendingEvent<T>(EventContract<T> contract, T data, Instant occurredAt) {

    public static <T> PendingEvent<T> of(EventContract<T> contract, T data, Instant occurredAt) {
        return new PendingEvent<>(contract, data, occurredAt);
    }
}
