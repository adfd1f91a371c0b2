package fi.tiekartta.integration.webhooks.delivery.web;

import fi.tiekartta.integration.webhooks.delivery.Attempt;
import fi.tiekartta.integration.webhooks.delivery.Delivery;

import java.time.Instant;
import java.util.List;

/**
 * One delivery in the log: the event it carries, where it stands, and every attempt (when, outcome, status code,
 * error). {@code webhookId} is what the receiver got as {@code webhook-id}.
 */
record DeliveryView(String id, String webhookId, String subscriptionId, String eventId, String eventType,
        Instant eventTime, String status, int attemptCount, Integer lastStatusCode, String lastError,
        Instant nextAttemptAt, Instant createdAt, Instant updatedAt, List<Attempt> attempts) {

    static DeliveryView of(Delivery delivery) {
        Attempt last = delivery.lastAttempt();
        return new DeliveryView(delivery.id(), delivery.id(), delivery.subscriptionId(), delivery.message().eventId(),
                delivery.message().type(), delivery.message().time(), delivery.status().name(),
                delivery.attempts().size(), last == null ? null : last.statusCode(), last == null ? null : last.error(),
                delivery.nextAttemptAt(), delivery.createdAt(), delivery.updatedAt(), delivery.attempts());
    }
}
