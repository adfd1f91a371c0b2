package fi.tiekartta.platform.outbox;

import java.time.Instant;

/**
 * A domain event waiting to be published, stored inside the document of the aggregate that caused it.
 * Saving the aggregate saves its pending events in the same single-document write, which MongoDB makes
 * atomic without multi-document transactions: state and event are written together or not at all.
 *
 * @param eventId          the CloudEvents id, unique per event (a re-published event keeps it)
 * @param type             the CloudEvents type, e.g. {@code fi.tiekartta.programme.created.v1}
 * @param topic            the Kafka topic it goes to
 * @param subject          the aggregate id: the CloudEvents subject and the Kafka key (keeps order per aggregate)
 * @param aggregateVersion the aggregate's version after the change; consumers de-duplicate by it
 * @param time             when the change happened
 * @param dataSchema       the URL of the JSON Schema of {@code data}, as the gateway serves it (the CloudEvents
 *                         {@code dataschema})
 * @param data             the JSON data, serialised once when the event was recorded
 * @param traceparent      the W3C trace context of the work that recorded it (the request's span), or {@code null};
 *                         the relay sends it as the record's {@code traceparent} header (ADR 13)
 * @param requestId        the gateway's request id of that request, or {@code null}; sent as
 *                         {@code tiekartta-request-id}
 */
public record OutboxEvent(
        String eventId,
        String type,
        String topic,
        String subject,
        long aggregateVersion,
        Instant time,
        String dataSchema,
        String data,
        String traceparent,
        String requestId) {

    /** An event recorded outside any traced work. */
    public OutboxEvent(String eventId, String type, String topic, String subject, long aggregateVersion, Instant time,
            String dataSchema, String data) {
        this(eventId, type, topic, subject, aggregateVersion, time, dataSchema, data, null, null);
    }
}
