package fi.tiekartta.platform.sse;

import java.time.Duration;

/**
 * How long a poller waits at a gap (a position counted by a writer, its entry not written yet) before it gives the
 * position up: the entries after a gap are held back, so that nothing is handed out out of order, but a writer that
 * died between counting and writing must not stall the stream for longer than the timeout. One gap at a time: the
 * first one in position order. Used by the poller's one thread only.
 */
public final class GapTimer {

    private final long timeoutNanos;
    private long gapAt = -1;
    private long gapSince;

    public GapTimer(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /**
     * Answers whether the poller has waited long enough for {@code position} to give it up; the first time it is
     * asked about a position, the wait starts.
     */
    public boolean timedOut(long position) {
        long now = System.nanoTime();
        if (gapAt != position) {
            gapAt = position;
            gapSince = now;
            return false;
        }
        if (now - gapSince < timeoutNanos) {
            return false;
        }
        gapAt = -1;
        return true;
    }

    /** Forgets the gap waited for (the positions start again elsewhere). */
    public void clear() {
        gapAt = -1;
    }

    public long timeoutMillis() {
        return timeoutNanos / 1_000_000;
    }
}
