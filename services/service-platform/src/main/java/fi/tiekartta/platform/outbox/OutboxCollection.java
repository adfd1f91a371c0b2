package fi.tiekartta.platform.outbox;

/**
 * A MongoDB collection whose documents carry pending events in a {@code pendingEvents} array. A service
 * declares one bean per aggregate collection and the relay publishes from each; every event names its
 * own topic.
 */
public record OutboxCollection(String name) {

    /** The field of an aggregate document that holds its {@link OutboxEvent}s, oldest first. */
    public static final String PENDING_EVENTS = "pendingEvents";
}
