package fi.tiekartta.integration.webhooks.delivery.application;

import fi.tiekartta.integration.webhooks.application.WebhookProperties;
import fi.tiekartta.integration.webhooks.delivery.DeliveryQueue;
import fi.tiekartta.integration.webhooks.delivery.DeliveryQueue.QueuedDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Hands due deliveries to free lanes. Each delivery is claimed in the shared queue first, with a lease longer than an
 * attempt can take, so among several instances one at a time attempts it; if the instance dies mid-attempt, the lease
 * runs out and another takes it over (the receiver may then see the same {@code webhook-id} twice, which is what it
 * is for). Deliveries of a subscription whose lane is busy, here or in another instance (the lane is leased in the
 * queue too), wait for their turn: one attempt in flight per subscription.
 */
@Service
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final DeliveryLanes lanes;
    private final DeliveryAttempts attempts;
    private final Clock clock;
    private final Duration lease;
    private final String instance = "webhooks-" + UUID.randomUUID();

    DeliveryDispatcher(DeliveryQueue queue, DeliveryLanes lanes, DeliveryAttempts attempts, Clock clock,
            WebhookProperties properties) {
        this.queue = queue;
        this.lanes = lanes;
        this.attempts = attempts;
        this.clock = clock;
        this.lease = properties.delivery().lease();
    }

    /** Starts as many due deliveries as there are free lanes; never waits for a receiver. */
    public void dispatchDue() {
        int free = lanes.freeLanes();
        if (free == 0) {
            return;
        }
        Instant now = clock.instant();
        Set<String> busy = new HashSet<>(lanes.busySubscriptions());
        busy.addAll(queue.heldLanes(now)); // held by other instances: their backlog must not hide others' work
        for (QueuedDelivery due : queue.due(now, busy, free * 4)) {
            if (lanes.freeLanes() == 0) {
                return;
            }
            if (lanes.busy(due.subscriptionId())
                    || !queue.claimLane(due.subscriptionId(), instance, now, now.plus(lease))) {
                continue;
            }
            if (!queue.claim(due.deliveryId(), instance, now, now.plus(lease))) {
                queue.releaseLane(due.subscriptionId(), instance);
                continue;
            }
            if (!lanes.start(due.subscriptionId(), () -> attempt(due))) {
                queue.release(due.deliveryId());
                queue.releaseLane(due.subscriptionId(), instance);
            }
        }
    }

    private void attempt(QueuedDelivery due) {
        try {
            attempts.attempt(due.deliveryId());
        } catch (RuntimeException failure) {
            // The entry keeps its lease and is taken again once it has run out: nothing is lost.
            log.error("Webhook delivery {} could not be attempted; it is tried again after its lease", due.deliveryId(),
                    failure);
        } finally {
            try {
                queue.releaseLane(due.subscriptionId(), instance);
            } catch (RuntimeException unreachable) {
                // the lane's lease runs out by itself
            }
        }
    }
}
