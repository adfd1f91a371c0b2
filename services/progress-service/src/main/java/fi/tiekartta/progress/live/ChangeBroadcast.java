package fi.tiekartta.progress.live;

import fi.tiekartta.platform.sse.SubscriberSet;
import fi.tiekartta.progress.changes.RecordedChange;

import java.util.List;
import java.util.Optional;

/**
 * The one place of an instance where new change-feed entries arrive (from the poller) and leave for every connected
 * stream. It knows how far the poller has got: every entry up to {@link #position()} has been handed out, every
 * later one will be handed to each subscriber subscribed by then. So a subscriber that joins at position P catches
 * up on entries up to P from the feed and receives those after P from here, with nothing missed or sent twice.
 * At most {@code maxSubscribers} streams at once.
 */
public final class ChangeBroadcast {

    private final SubscriberSet<Subscriber> subscribers; // guarded by this
    private StreamPosition position; // guarded by this

    public ChangeBroadcast(int maxSubscribers) {
        this.subscribers = new SubscriberSet<>(maxSubscribers);
    }

    /** Where the poller starts: the feed's position when the instance starts. */
    public synchronized void start(StreamPosition start) {
        position = start;
    }

    /** How far the entries have been handed out; null before the poller started. */
    public synchronized StreamPosition position() {
        return position;
    }

    /**
     * Adds a subscriber.
     *
     * @return the position from which it receives entries (those after it), or empty when the instance has as many
     *         subscribers as it takes, or has not started yet
     */
    public synchronized Optional<StreamPosition> subscribe(Subscriber subscriber) {
        if (position == null || !subscribers.add(subscriber)) {
            return Optional.empty();
        }
        return Optional.of(position);
    }

    public synchronized void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public synchronized int subscribers() {
        return subscribers.size();
    }

    public int maxSubscribers() {
        return subscribers.maxSubscribers();
    }

    /**
     * The poller got to {@code upTo} in the same generation: {@code changes} are the entries after the previous
     * position, in position order (positions the poller gave up waiting for are missing).
     */
    public void publish(StreamPosition upTo, List<RecordedChange> changes) {
        List<Subscriber> receivers;
        synchronized (this) {
            if (position == null || upTo.generation() != position.generation() || upTo.position() < position.position()) {
                throw new IllegalStateException("Published " + upTo.id() + " after " + (position == null ? "nothing" : position.id()));
            }
            position = upTo;
            receivers = subscribers.snapshot();
        }
        for (RecordedChange change : changes) {
            StreamPosition at = upTo.at(change.position());
            for (Subscriber subscriber : receivers) {
                subscriber.change(at, change);
            }
        }
    }

    /** The read model generation changed (a rebuild switched over): everything starts again from {@code now}. */
    public void restart(StreamPosition now) {
        List<Subscriber> receivers;
        synchronized (this) {
            position = now;
            receivers = subscribers.snapshot();
        }
        receivers.forEach(subscriber -> subscriber.reset(now));
    }

    /** Ends every stream and takes no more: the instance is shutting down. */
    public void endAll() {
        List<Subscriber> ending;
        synchronized (this) {
            ending = subscribers.removeAll();
            position = null;
        }
        ending.forEach(Subscriber::end);
    }

    public void heartbeat() {
        List<Subscriber> receivers;
        synchronized (this) {
            receivers = subscribers.snapshot();
        }
        receivers.forEach(Subscriber::heartbeat);
    }
}
