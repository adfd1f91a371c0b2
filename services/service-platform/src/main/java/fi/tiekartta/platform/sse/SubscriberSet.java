package fi.tiekartta.platform.sse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The streams connected to one broadcast, at most {@code maxSubscribers} at once, so that an instance never holds
 * more connections than it can feed. Not thread-safe by itself: the broadcast uses it under its own lock, the one
 * that also guards how far it has handed entries out, so that joining and handing out never interleave. Whatever is
 * then called on the subscribers is called on a {@link #snapshot}, outside that lock.
 *
 * @param <S> what a subscriber is
 */
public final class SubscriberSet<S> {

    private final int maxSubscribers;
    private final Set<S> subscribers = new LinkedHashSet<>();

    public SubscriberSet(int maxSubscribers) {
        if (maxSubscribers < 1) {
            throw new IllegalArgumentException("At least one subscriber, not " + maxSubscribers);
        }
        this.maxSubscribers = maxSubscribers;
    }

    /** Answers whether {@code subscriber} was taken; not when there are as many as it takes. */
    public boolean add(S subscriber) {
        if (subscribers.size() >= maxSubscribers) {
            return false;
        }
        subscribers.add(subscriber);
        return true;
    }

    public void remove(S subscriber) {
        subscribers.remove(subscriber);
    }

    public int size() {
        return subscribers.size();
    }

    public int maxSubscribers() {
        return maxSubscribers;
    }

    /** The subscribers now, in the order they joined, to be called outside the lock. */
    public List<S> snapshot() {
        return new ArrayList<>(subscribers);
    }

    /** Takes every subscriber out, answering them in the order they joined (to be ended outside the lock). */
    public List<S> removeAll() {
        List<S> removed = snapshot();
        subscribers.clear();
        return removed;
    }
}
