package fi.tiekartta.integration.stream;

import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.platform.sse.SubscriberSet;

import java.util.List;
import java.util.OptionalLong;

/**
 * The one place of an instance where new log events arrive (from the poller) and leave for every connected stream. It
 * knows how far the poller has got: every position up to {@link #position()} is settled and handed out, every later
 * one will be handed to each subscriber subscribed by then. So a subscriber that joins at position P catches up on
 * positions up to P from the log and receives those after P from here, with nothing missed or sent twice. At most
 * {@code maxSubscribers} streams at once. (The same idea as progress-service's live change feed.)
 */
public final class EventBroadcast {

    private final SubscriberSet<Subscriber> subscribers; // guarded by this
    private long position = -1; // guarded by this; -1: not started, or stopped

    public EventBroadcast(int maxSubscribers) {
        this.subscribers = new SubscriberSet<>(maxSubscribers);
    }

    /** Where the poller starts: every position up to {@code settled} is taken as settled. */
    public synchronized void start(long settled) {
        position = settled;
    }

    /** How far the log has been handed out; empty before the poller started or after the instance stopped. */
    public synchronized OptionalLong position() {
        return position < 0 ? OptionalLong.empty() : OptionalLong.of(position);
    }

    /**
     * Adds a subscriber.
     *
     * @return the position after which it receives events, or empty when the instance has as many subscribers as it
     *         takes, or has not started
     */
    public synchronized OptionalLong subscribe(Subscriber subscriber) {
        if (position < 0 || !subscribers.add(subscriber)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(position);
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
     * The poller settled every position up to {@code upTo}: {@code events} are those after the previous position, in
     * position order (skipped positions have none).
     */
    public void publish(long upTo, List<LoggedEvent> events) {
        List<Subscriber> receivers;
        synchronized (this) {
            if (position < 0 || upTo < position) {
                throw new IllegalStateException("Published up to " + upTo + " after " + (position < 0 ? "nothing" : position));
            }
            position = upTo;
            receivers = subscribers.snapshot();
        }
        for (LoggedEvent event : events) {
            for (Subscriber subscriber : receivers) {
                subscriber.event(event);
            }
        }
    }

    public void heartbeat() {
        List<Subscriber> receivers;
        long at;
        synchronized (this) {
            receivers = subscribers.snapshot();
            at = position;
        }
        if (at >= 0) {
            receivers.forEach(subscriber -> subscriber.heartbeat(at));
        }
    }

    /** Ends every stream and takes no more: the instance is shutting down. */
    public void endAll() {
        List<Subscriber> ending;
        synchronized (this) {
            ending = subscribers.removeAll();
            position = -1;
        }
        ending.forEach(Subscriber::end);
    }
}
