package fi.tiekartta.platform.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The ids of one collection's aggregates that may have work for the relay, oldest first, each once: filled right
 * after each write and by the safety-net scan. Only a hint: the documents are the truth, so an id that is here
 * needlessly costs one lookup, and one that is missing is found by the next scan.
 * <p>
 * Bounded: when it is full, further ids are dropped and a scan is requested instead, so a burst of writes never
 * costs more memory than {@code capacity} ids.
 */
final class PendingAggregates {

    private final int capacity;
    private LinkedHashSet<String> ids = new LinkedHashSet<>();
    // At start-up: whatever an earlier run (or another replica) left behind is found by scanning.
    private boolean scanRequested = true;

    PendingAggregates(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(String id) {
        if (ids.size() >= capacity && !ids.contains(id)) {
            scanRequested = true;
            return;
        }
        ids.add(id);
    }

    synchronized void addAll(Collection<String> found) {
        found.forEach(this::add);
    }

    /** Up to {@code max} ids, oldest first, removed from here. */
    synchronized List<String> take(int max) {
        List<String> taken = new ArrayList<>(Math.min(max, ids.size()));
        Iterator<String> iterator = ids.iterator();
        while (iterator.hasNext() && taken.size() < max) {
            taken.add(iterator.next());
            iterator.remove();
        }
        return taken;
    }

    /** Ids whose work failed go back in front, to be tried first next time. */
    synchronized void putBack(Collection<String> failed) {
        LinkedHashSet<String> reordered = new LinkedHashSet<>(failed);
        reordered.addAll(ids);
        ids = reordered;
    }

    synchronized boolean isEmpty() {
        return ids.isEmpty();
    }

    synchronized int size() {
        return ids.size();
    }

    /** How many ids a scan may add. */
    synchronized int room() {
        return capacity - ids.size();
    }

    synchronized void requestScan() {
        scanRequested = true;
    }

    synchronized boolean scanRequested() {
        return scanRequested;
    }

    /** True once per request. */
    synchronized boolean takeScanRequest() {
        boolean requested = scanRequested;
        scanRequested = false;
        return requested;
    }
}
