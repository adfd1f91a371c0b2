package fi.tiekartta.integration.webhooks.delivery.application;

import fi.tiekartta.contracts.EventCatalog;
import fi.tiekartta.integration.webhooks.delivery.Deliveries;
import fi.tiekartta.integration.webhooks.delivery.Delivery;
import fi.tiekartta.integration.webhooks.delivery.DeliveryQueue;
import fi.tiekartta.integration.webhooks.delivery.DeliveryStatus;
import fi.tiekartta.integration.webhooks.delivery.WebhookMessage;
import fi.tiekartta.integration.webhooks.subscriptions.Subscription;
import fi.tiekartta.integration.webhooks.subscriptions.SubscriptionStatus;
import fi.tiekartta.integration.webhooks.subscriptions.Subscriptions;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Turns a public event into one delivery per subscription that wants it, and queues them. Only writes: nothing here
 * waits for a receiver, so the Kafka listener that calls it is never slowed by one. Idempotent: an event read again
 * (a rebalance, a restart before the offset was committed) finds its deliveries made and queues only those that were
 * made but not yet queued.
 */
@Service
public class DeliveryPlanner {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final Clock clock;

    DeliveryPlanner(Subscriptions subscriptions, Deliveries deliveries, DeliveryQueue queue, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.queue = queue;
        this.clock = clock;
    }

    /** @return how many deliveries the event has (made now or before) */
    public int plan(WebhookMessage message) {
        if (!EventCatalog.isPublic(message.type())) {
            return 0; // internal types share the topics; integrations never see them
        }
        int planned = 0;
        Instant now = clock.instant();
        for (Subscription subscription : subscriptions.wanting(message.type())) {
            if (!subscription.wants(message.type(), message.programmeCode(), message.regionCodes())) {
                continue;
            }
            planned++;
            Delivery delivery = subscription.status() == SubscriptionStatus.ACTIVE
                    ? Delivery.pending(subscription.id(), subscription.owner(), message, now)
                    : Delivery.paused(subscription.id(), subscription.owner(), message, now);
            boolean made = deliveries.insertIfAbsent(delivery);
            if (!made) {
                delivery = deliveries.find(delivery.id()).orElse(delivery);
            }
            if (delivery.status() == DeliveryStatus.PENDING && delivery.attempts().isEmpty()) {
                queue.enqueue(delivery.id(), delivery.subscriptionId(), delivery.nextAttemptAt());
            }
        }
        return planned;
    }
}
