package fi.tiekartta.integration.stream;

import fi.tiekartta.integration.eventlog.LoggedEvent;

/**
 * A connected stream, as the {@link EventBroadcast} sees it. The broadcast calls it from the poller's thread, one call
 * at a time and in position order; an implementation must not block (it queues what it sends).
 */
public interface Subscriber {

    /** A new event of the log. */
    void event(LoggedEvent event);

    /** Nothing new for a while: a sign of life; the log has been handed out up to {@code position}. */
    void heartbeat(long position);

    /** The instance is shutting down: end the stream now (the client reconnects, to another instance if need be). */
    void end();
}
