package fi.tiekartta.integration.webhooks.delivery.application;

import fi.tiekartta.integration.webhooks.delivery.Attempt;
import fi.tiekartta.integration.webhooks.delivery.AttemptOutcome;
import fi.tiekartta.integration.webhooks.delivery.Deliveries;
import fi.tiekartta.integration.webhooks.delivery.Delivery;
import fi.tiekartta.integration.webhooks.delivery.DeliveryQueue;
import fi.tiekartta.integration.webhooks.delivery.DeliveryStatus;
import fi.tiekartta.integration.webhooks.delivery.RetrySchedule;
import fi.tiekartta.integration.webhooks.delivery.SendResult;
import fi.tiekartta.integration.webhooks.delivery.WebhookMessage;
import fi.tiekartta.integration.webhooks.delivery.WebhookSender;
import fi.tiekartta.integration.webhooks.signing.WebhookSignatures;
import fi.tiekartta.integration.webhooks.subscriptions.Subscription;
import fi.tiekartta.integration.webhooks.subscriptions.SubscriptionStatus;
import fi.tiekartta.integration.webhooks.subscriptions.Subscriptions;
import fi.tiekartta.integration.webhooks.targets.RefusedTarget;
import fi.tiekartta.integration.webhooks.targets.TargetCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt at a claimed delivery: the target is checked again (what it resolves to may have changed since
 * registration), the request is signed with the subscription's current secrets and sent, and the outcome is
 * recorded: delivered, due again after the retry schedule's wait, or dead-lettered after the last attempt.
 */
@Component
class DeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final Subscriptions subscriptions;
    private final TargetCheck targets;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    DeliveryAttempts(Deliveries deliveries, DeliveryQueue queue, Subscriptions subscriptions, TargetCheck targets,
            WebhookSender sender, RetrySchedule schedule, DeliveryMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.sender = sender;
        this.schedule = schedule;
        this.metrics = metrics;
        this.clock = clock;
    }

    void attempt(String deliveryId) {
        Optional<Delivery> found = deliveries.find(deliveryId).filter(d -> d.status() == DeliveryStatus.PENDING);
        if (found.isEmpty()) {
            queue.remove(deliveryId); // settled meanwhile (an earlier attempt's outcome was written, the entry not yet removed)
            return;
        }
        Delivery delivery = found.get();
        Optional<Subscription> subscription = subscriptions.find(delivery.subscriptionId());
        if (subscription.isEmpty() || subscription.get().status() == SubscriptionStatus.PAUSED) {
            DeliveryStatus reason = subscription.isEmpty() ? DeliveryStatus.CANCELLED : DeliveryStatus.PAUSED;
            deliveries.replace(delivery.settled(reason, clock.instant()));
            queue.remove(deliveryId);
            return;
        }
        Instant now = clock.instant();
        long started = System.nanoTime();
        SendResult result = send(subscription.get(), delivery, now);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (Thread.currentThread().isInterrupted()) {
            // The service is stopping: not the receiver's failure, so no attempt is counted; the entry is given back
            // (or, failing that, its lease runs out) and another instance sends it.
            releaseQuietly(deliveryId);
            return;
        }
        Attempt attempt = new Attempt(now, result.outcome(), result.statusCode(), result.error(), took.toMillis());
        Instant retryAt = result.outcome() == AttemptOutcome.DELIVERED ? null
                : schedule.after(delivery.attemptsThisRound() + 1).map(wait -> clock.instant().plus(wait)).orElse(null);
        Delivery after = delivery.after(attempt, retryAt);
        deliveries.replace(after);
        if (after.status() == DeliveryStatus.PENDING) {
            queue.enqueue(deliveryId, delivery.subscriptionId(), retryAt);
        } else {
            queue.removeClaimed(deliveryId);
        }
        metrics.attempted(result.outcome(), took);
        if (after.status() == DeliveryStatus.DEAD_LETTER) {
            metrics.deadLettered();
            log.warn("Webhook delivery {} of event {} to subscription {} dead-lettered after {} attempts: {}",
                    deliveryId, delivery.message().eventId(), delivery.subscriptionId(), after.attemptsThisRound(),
                    result.error());
        }
    }

    private void releaseQuietly(String deliveryId) {
        try {
            queue.release(deliveryId);
        } catch (RuntimeException stopping) {
            log.info("Webhook delivery {} interrupted by the stop; it is taken again after its lease", deliveryId);
        }
    }

    private SendResult send(Subscription subscription, Delivery delivery, Instant now) {
        URI target;
        try {
            target = targets.check(subscription.url().toString());
        } catch (RefusedTarget refused) {
            log.warn("Webhook delivery {} to subscription {} refused, not sent: {}", delivery.id(), subscription.id(),
                    refused.getMessage());
            return new SendResult(AttemptOutcome.REFUSED, null, "Refused, not sent: " + refused.getMessage());
        }
        byte[] body = delivery.message().data().getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = cloudEventHeaders(delivery.message());
        headers.put(WebhookSignatures.ID_HEADER, delivery.id());
        headers.put(WebhookSignatures.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignatures.SIGNATURE_HEADER,
                WebhookSignatures.header(subscription.signingSecrets(now), delivery.id(), timestamp, body));
        return sender.send(target, headers, body);
    }

    /** CloudEvents 1.0 HTTP binary mode: the attributes as {@code ce-} headers, the data as the body. */
    private static Map<String, String> cloudEventHeaders(WebhookMessage message) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("ce-specversion", "1.0");
        headers.put("ce-id", message.eventId());
        if (message.source() != null) {
            headers.put("ce-source", message.source());
        }
        headers.put("ce-type", message.type());
        if (message.subject() != null) {
            headers.put("ce-subject", message.subject());
        }
        if (message.time() != null) {
            headers.put("ce-time", DateTimeFormatter.ISO_INSTANT.format(message.time()));
        }
        if (message.dataschema() != null) {
            headers.put("ce-dataschema", message.dataschema());
        }
        if (message.aggregateVersion() != null) {
            headers.put("ce-aggregateversion", Long.toString(message.aggregateVersion()));
        }
        return headers;
    }
}
