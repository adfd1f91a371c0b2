package fi.tiekartta.platform.outbox;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.platform.messaging.EventJson;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Turns a domain event's data into an {@link OutboxEvent} ready to be stored with its aggregate. */
public class OutboxEvents {

    private final EventJson eventJson;

    public OutboxEvents(EventJson eventJson) {
        this.eventJson = eventJson;
    }

    public <T> OutboxEvent create(EventContract<T> contract, String aggregateId, long aggregateVersion, Instant time, T data) {
        return new OutboxEvent(
                UUID.randomUUID().toString(),
                contract.type(),
                contract.topic(),
                aggregateId,
                aggregateVersion,
                // MongoDB stores milliseconds: truncate now so the stored and published times agree
                time.truncatedTo(ChronoUnit.MILLIS),
                contract.dataSchemaUri(),
                eventJson.write(data));
    }
}
