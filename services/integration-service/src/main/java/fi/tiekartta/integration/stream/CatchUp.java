package fi.tiekartta.integration.stream;

import fi.tiekartta.integration.eventlog.EventLog;
import fi.tiekartta.integration.eventlog.LogSlot;
import fi.tiekartta.integration.eventlog.LoggedEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * What a client missed: the events after the position it last saw (its {@code Last-Event-ID}) up to a position it
 * joins at, narrowed by its filter. Bounded: at most {@code maxEvents} events on a stream (a page's own size on a
 * page), and at most {@code maxScanned} positions read to find them. A client that missed more gets the first part
 * ({@link Result#complete()} false, up to
 * {@link Result#upTo()}) and comes back for the rest; one whose position retention removed learns that
 * ({@link Result#reset()} {@code EXPIRED}) and carries on from the first position kept; one whose position the log
 * never gave ({@code UNKNOWN_POSITION}) carries on from now. The stream and the pages both read the log through it.
 */
public final class CatchUp {

    /** The log removed positions the client had not seen: it carries on from the first one kept. */
    public static final String EXPIRED = "EXPIRED";
    /** The client names a position the log never gave (another deployment, a wiped database): it carries on from now. */
    public static final String UNKNOWN_POSITION = "UNKNOWN_POSITION";

    /**
     * What to send: a reset first when {@link #reset()} is not null (the client carries on from {@link #resetAt()}),
     * then {@link #events()} in order; the client is then at {@link #upTo()}, and, unless {@link #complete()}, has more
     * to read after it.
     */
    public record Result(String reset, long resetAt, List<LoggedEvent> events, long upTo, boolean complete) {
    }

    private final EventLog log;
    private final int maxEvents;
    private final long maxScanned;

    public CatchUp(EventLog log, int maxEvents, long maxScanned) {
        if (maxEvents < 1 || maxScanned < 1) {
            throw new IllegalArgumentException("A catch-up sends at least one event and reads at least one position");
        }
        this.log = log;
        this.maxEvents = maxEvents;
        this.maxScanned = maxScanned;
    }

    public int maxEvents() {
        return maxEvents;
    }

    /**
     * @param seen  the last position the client saw (0: none)
     * @param until the last position to read (settled: the broadcast's position)
     * @param limit at most this many events: {@link #maxEvents()} for a stream, the page size for a page
     */
    public Result between(long seen, long until, StreamFilter filter, int limit) {
        if (seen > until) {
            // the client saw more than this instance handed out yet (another instance served it): fine if the log has
            // counted that far; it carries on from where it is
            return seen <= log.lastPosition() ? new Result(null, 0, List.of(), seen, true)
                    : new Result(UNKNOWN_POSITION, until, List.of(), until, true);
        }
        String reset = null;
        long resetAt = 0;
        long from = seen + 1;
        long firstKept = log.firstKeptPosition();
        if (from < firstKept) {
            reset = EXPIRED;
            resetAt = firstKept - 1;
            from = firstKept;
        }
        List<LoggedEvent> events = new ArrayList<>();
        long scannedUpTo = from - 1;
        long lastScannable = Math.min(until, from - 1 + maxScanned);
        while (scannedUpTo < lastScannable) {
            long to = Math.min(lastScannable, scannedUpTo + EventLog.MAX_POSITIONS);
            for (LogSlot slot : log.slotsBetween(scannedUpTo + 1, to)) {
                if (!slot.skipped() && filter.matches(slot.entry().event())) {
                    events.add(slot.entry());
                    if (events.size() == limit) {
                        return new Result(reset, resetAt, events, slot.position(), slot.position() >= until);
                    }
                }
            }
            scannedUpTo = to;
        }
        return new Result(reset, resetAt, events, scannedUpTo, scannedUpTo >= until);
    }
}
