package fi.tiekartta.integration.webhooks.delivery;

/** Where a delivery stands. Only {@code PENDING} ones are in the queue; the others can be redelivered. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or its next retry. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; nothing more is tried unless someone asks for a redelivery. */
    DEAD_LETTER,
    /** The event came (or its turn came) while the subscription was paused: not sent. */
    PAUSED,
    /** The subscription was deleted before the delivery was sent. */
    CANCELLED
}
