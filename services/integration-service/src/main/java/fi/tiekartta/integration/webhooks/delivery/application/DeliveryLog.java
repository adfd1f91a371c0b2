package fi.tiekartta.integration.webhooks.delivery.application;

import fi.tiekartta.integration.webhooks.delivery.Deliveries;
import fi.tiekartta.integration.webhooks.delivery.Delivery;
import fi.tiekartta.integration.webhooks.delivery.DeliveryFilter;
import fi.tiekartta.integration.webhooks.delivery.DeliveryQueue;
import fi.tiekartta.integration.webhooks.delivery.DeliveryStatus;
import fi.tiekartta.integration.webhooks.subscriptions.Subscription;
import fi.tiekartta.integration.webhooks.subscriptions.SubscriptionStatus;
import fi.tiekartta.integration.webhooks.subscriptions.Subscriptions;
import fi.tiekartta.integration.webhooks.subscriptions.WebhookCaller;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * The delivery log and replays. A caller sees the deliveries of the subscriptions it manages. A redelivery queues
 * the same delivery again (same {@code webhook-id}, a fresh retry budget); one still pending is not queued twice.
 */
@Service
public class DeliveryLog {

    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final Subscriptions subscriptions;
    private final Clock clock;

    DeliveryLog(Deliveries deliveries, DeliveryQueue queue, Subscriptions subscriptions, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    public Page<Delivery> list(WebhookCaller caller, String subscriptionId, DeliveryStatus status, Instant from,
            Instant to, Pageable pageable) {
        return deliveries.list(new DeliveryFilter(caller.ownerFilter(), subscriptionId, status, from, to), pageable);
    }

    public Delivery get(WebhookCaller caller, String id) {
        return deliveries.find(id).filter(delivery -> caller.mayManage(delivery.owner()))
                .orElseThrow(() -> new ResourceNotFoundException("Webhook delivery", id));
    }

    public Delivery redeliver(WebhookCaller caller, String id) {
        Delivery delivery = get(caller, id);
        if (delivery.status() == DeliveryStatus.PENDING) {
            throw new ConflictException("The delivery is still pending: it is attempted again on its own.");
        }
        Subscription subscription = subscriptions.find(delivery.subscriptionId()).orElseThrow(
                () -> new ConflictException("The delivery's subscription has been deleted."));
        return requeue(delivery, subscription);
    }

    /** Queues again every delivery of the subscription's events whose time is in {@code [from, to)}; how many. */
    public int redeliverBetween(WebhookCaller caller, String subscriptionId, Instant from, Instant to) {
        Subscription subscription = subscriptions.find(subscriptionId)
                .filter(found -> caller.mayManage(found.owner()))
                .orElseThrow(() -> new ResourceNotFoundException("Webhook subscription", subscriptionId));
        if (!from.isBefore(to)) {
            throw new DomainRuleViolation("from", "'from' must be before 'to'.");
        }
        int queued = 0;
        for (Delivery delivery : deliveries.ofEventsBetween(subscriptionId, from, to)) {
            if (delivery.status() != DeliveryStatus.PENDING) {
                requeue(delivery, subscription);
                queued++;
            }
        }
        return queued;
    }

    private Delivery requeue(Delivery delivery, Subscription subscription) {
        if (subscription.status() == SubscriptionStatus.PAUSED) {
            throw new ConflictException("The subscription is paused: resume it before asking for a redelivery.");
        }
        Delivery requeued = delivery.requeued(clock.instant());
        deliveries.replace(requeued);
        queue.enqueue(requeued.id(), requeued.subscriptionId(), requeued.nextAttemptAt());
        return requeued;
    }
}
