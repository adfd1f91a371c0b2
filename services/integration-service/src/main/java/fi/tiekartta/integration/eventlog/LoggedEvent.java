package fi.tiekartta.integration.eventlog;

import fi.tiekartta.integration.events.PublicEvent;

import java.time.Instant;

/**
 * A public event at its place in the log.
 *
 * @param position   its position: 1, 2, 3, … in the order the log appended the events, across every instance
 * @param event      the event as consumed
 * @param recordedAt when the log appended it (what retention counts from)
 */
public record LoggedEvent(long position, PublicEvent event, Instant recordedAt) {
}
