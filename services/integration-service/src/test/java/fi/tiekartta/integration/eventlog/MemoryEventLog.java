package fi.tiekartta.integration.eventlog;

import fi.tiekartta.integration.events.PublicEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The log's contract in memory, for tests of its readers: positions in order, holes where a test makes them. */
public final class MemoryEventLog implements EventLog {

    private final TreeMap<Long, LogSlot> slots = new TreeMap<>();
    private long last;
    public long firstKept = 1;
    public int givenUp;
    /** The cutoffs retention asked for (this log removes nothing). */
    public final List<Instant> removals = new ArrayList<>();

    @Override
    public synchronized Appended append(PublicEvent event) {
        long position = ++last;
        slots.put(position, new LogSlot(position, new LoggedEvent(position, event, Instant.now())));
        return new Appended(position, false);
    }

    /** Writes {@code event} at a position counted earlier (a writer that was slow). */
    public synchronized void writeAt(long position, PublicEvent event) {
        slots.putIfAbsent(position, new LogSlot(position, new LoggedEvent(position, event, Instant.now())));
    }

    /** Counts a position and writes nothing there: a writer that died in between. */
    public synchronized long hole() {
        return ++last;
    }

    /** A position given up already. */
    public synchronized void skip() {
        long position = ++last;
        slots.put(position, LogSlot.skipped(position));
    }

    @Override
    public synchronized long lastPosition() {
        return last;
    }

    @Override
    public synchronized long firstKeptPosition() {
        return firstKept;
    }

    @Override
    public synchronized List<LogSlot> slotsBetween(long from, long to) {
        return List.copyOf(slots.subMap(Math.max(from, firstKept), true, to, true).values());
    }

    @Override
    public synchronized LogSlot giveUp(long position) {
        givenUp++;
        return slots.computeIfAbsent(position, LogSlot::skipped);
    }

    @Override
    public synchronized long removeAppendedBefore(Instant cutoff) {
        removals.add(cutoff);
        return 0;
    }
}
