package fi.tiekartta.integration.webhooks.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The pending deliveries, small and separate from the log so that finding due work never scans the whole history
 * (mongo-java-server has no secondary indexes). Instances share it: an instance attempts a delivery only after
 * claiming its entry with a lease, so one instance at a time tries it; a lease that runs out (its instance died)
 * lets another instance take the delivery over. A subscription's lane is leased the same way, so that across the
 * instances one attempt per subscription is in flight at a time.
 */
public interface DeliveryQueue {

    /** Puts the delivery in the queue, due at {@code dueAt} and unclaimed (again, if it was there). */
    void enqueue(String deliveryId, String subscriptionId, Instant dueAt);

    /**
     * Entries due at {@code now} whose lease has run out or was never taken, earliest first, at most {@code limit},
     * leaving out the subscriptions in {@code busy} (so that a hung receiver's backlog never hides the others' work).
     */
    List<QueuedDelivery> due(Instant now, Set<String> busy, int limit);

    /** Takes the entry for {@code owner} until {@code leaseUntil}; false when another instance holds it or it is gone. */
    boolean claim(String deliveryId, String owner, Instant now, Instant leaseUntil);

    /** Gives a claimed entry back without attempting it. */
    void release(String deliveryId);

    void remove(String deliveryId);

    /**
     * Removes the entry after its attempt settled the delivery, unless it was queued again meanwhile (a redelivery
     * asked for while the attempt ran): that entry is unclaimed and stays.
     */
    void removeClaimed(String deliveryId);

    /**
     * Takes the subscription's lane for {@code owner} until {@code leaseUntil}: across all instances, one attempt per
     * subscription is in flight at a time. False when another instance (or this one) holds it.
     */
    boolean claimLane(String subscriptionId, String owner, Instant now, Instant leaseUntil);

    /** The subscriptions whose lane some instance holds at {@code now}. */
    Set<String> heldLanes(Instant now);

    /** Gives the lane back, if {@code owner} still holds it. */
    void releaseLane(String subscriptionId, String owner);

    /** One entry of the queue. */
    record QueuedDelivery(String deliveryId, String subscriptionId, Instant dueAt) {
    }
}
