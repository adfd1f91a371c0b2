package fi.tiekartta.integration.webhooks.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One event for one subscription, with every attempt made. Its id is derived from the subscription and the event, so
 * an event read twice from Kafka makes one delivery; it is also the {@code webhook-id} the receiver sees on every
 * attempt and redelivery, for the receiver to drop duplicates.
 *
 * @param attemptsThisRound attempts since it was (re)queued: the retry budget counts these, so a redelivery of a dead
 *                          letter gets the whole budget again, while {@code attempts} keeps the full history
 * @param nextAttemptAt     when the next attempt is due, null unless pending
 */
public record Delivery(String id, String subscriptionId, String owner, WebhookMessage message, DeliveryStatus status,
        List<Attempt> attempts, int attemptsThisRound, Instant createdAt, Instant nextAttemptAt, Instant updatedAt) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    public static String idOf(String subscriptionId, String eventId) {
        return UUID.nameUUIDFromBytes((subscriptionId + ":" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Delivery pending(String subscriptionId, String owner, WebhookMessage message, Instant now) {
        return new Delivery(idOf(subscriptionId, message.eventId()), subscriptionId, owner, message,
                DeliveryStatus.PENDING, List.of(), 0, now, now, now);
    }

    public static Delivery paused(String subscriptionId, String owner, WebhookMessage message, Instant now) {
        return new Delivery(idOf(subscriptionId, message.eventId()), subscriptionId, owner, message,
                DeliveryStatus.PAUSED, List.of(), 0, now, null, now);
    }

    /** After an attempt: delivered, due again at {@code retryAt}, or dead-lettered when {@code retryAt} is null. */
    public Delivery after(Attempt attempt, Instant retryAt) {
        List<Attempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        DeliveryStatus next = attempt.outcome() == AttemptOutcome.DELIVERED ? DeliveryStatus.DELIVERED
                : retryAt != null ? DeliveryStatus.PENDING : DeliveryStatus.DEAD_LETTER;
        return new Delivery(id, subscriptionId, owner, message, next, all, attemptsThisRound + 1, createdAt,
                next == DeliveryStatus.PENDING ? retryAt : null, attempt.at());
    }

    /** Queued again (a redelivery): the same id, a fresh retry budget. */
    public Delivery requeued(Instant now) {
        return new Delivery(id, subscriptionId, owner, message, DeliveryStatus.PENDING, attempts, 0, createdAt, now, now);
    }

    /** Not sent because of the subscription's state. */
    public Delivery settled(DeliveryStatus reason, Instant now) {
        return new Delivery(id, subscriptionId, owner, message, reason, attempts, attemptsThisRound, createdAt, null, now);
    }

    public Attempt lastAttempt() {
        return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
    }
}
