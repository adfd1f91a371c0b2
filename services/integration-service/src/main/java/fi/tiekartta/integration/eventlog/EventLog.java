package fi.tiekartta.integration.eventlog;

import fi.tiekartta.integration.events.PublicEvent;

import java.time.Instant;
import java.util.List;

/**
 * Every public event, each once, at a gap-free increasing position (1, 2, 3, …) shared by every instance of the
 * service, kept for the retention time. The stream and the pages of {@code GET /api/events} read it by position.
 * <p>
 * A position is counted before its event is written, so a reader may find a position not written yet (a writer
 * between its two writes, or one that died there). It waits a little for it and then {@link #giveUp gives it up},
 * which settles the position for every reader: either the event was written in time and is there for all, or the
 * position stays empty for all and the writer puts its event at a later position. Nothing is ever read at one position
 * by one reader and missed by another.
 */
public interface EventLog {

    /** The most positions {@link #slotsBetween} reads at once. */
    int MAX_POSITIONS = 500;

    /** Where an event was appended, and whether it was there already (a redelivery: nothing changed). */
    record Appended(long position, boolean duplicate) {
    }

    /** Appends the event unless the log has it (by its CloudEvents id). */
    Appended append(PublicEvent event);

    /** The last position counted (0 when none): its event may not be written yet. */
    long lastPosition();

    /**
     * The first position still kept: retention removed every position before it (1 while nothing was removed).
     */
    long firstKeptPosition();

    /**
     * What is at positions {@code from} to {@code to} (both included, at most {@value #MAX_POSITIONS}), in position
     * order: events and skipped positions. A position counted but not written yet is missing.
     */
    List<LogSlot> slotsBetween(long from, long to);

    /**
     * Settles a position that was counted but is not written: skipped from now on, unless its event was written
     * meanwhile, which is then answered. Every reader that gives a position up gets the same answer.
     */
    LogSlot giveUp(long position);

    /** Removes the events appended before {@code cutoff}, oldest first; answers how many positions went. */
    long removeAppendedBefore(Instant cutoff);
}
