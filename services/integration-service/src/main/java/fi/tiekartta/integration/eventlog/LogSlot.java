package fi.tiekartta.integration.eventlog;

/**
 * What the log holds at one position: an event, or nothing for good ({@link #skipped()}: a position that was counted
 * but whose event never came, and that the readers gave up waiting for; see {@link EventLog#giveUp}).
 *
 * @param entry the event there, or null when skipped
 */
public record LogSlot(long position, LoggedEvent entry) {

    public static LogSlot skipped(long position) {
        return new LogSlot(position, null);
    }

    public boolean skipped() {
        return entry == null;
    }
}
