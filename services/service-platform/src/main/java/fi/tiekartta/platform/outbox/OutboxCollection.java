package fi.tiekartta.platform.outbox;

/**
 * A MongoDB collection whose documents carry pending events in a {@code pendingEvents} array, and the
 * topic those events go to. A service declares one bean per aggregate collection; the relay publishes
 * from each and the topic is created at start-up.
 */
public record OutboxCollection(String name, String topic) {

    /** The field of an aggregate document that holds its {@link OutboxEvent}s, oldest first. */
    public static final String PENDING_EVENTS = "pendingEvents";
}
