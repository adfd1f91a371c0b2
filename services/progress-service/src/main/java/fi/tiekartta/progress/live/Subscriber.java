package fi.tiekartta.progress.live;

import fi.tiekartta.progress.changes.RecordedChange;

/**
 * A connected stream, as the {@link ChangeBroadcast} sees it. The broadcast calls it from the poller's thread, one
 * call at a time and in position order; an implementation must not block (it queues what it sends).
 */
public interface Subscriber {

    /** A new entry of the feed, at {@code position} (its generation and the entry's position). */
    void change(StreamPosition position, RecordedChange change);

    /** The read model was switched to another generation: what the client shows is to be read anew. */
    void reset(StreamPosition now);

    /** Nothing new: a sign of life, so that proxies keep the connection and the client sees it is alive. */
    void heartbeat();

    /** The instance is shutting down: end the stream now (the client reconnects, to another instance if need be). */
    void end();
}
