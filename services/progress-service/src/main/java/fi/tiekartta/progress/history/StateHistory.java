package fi.tiekartta.progress.history;

import fi.tiekartta.kernel.FinnishTime;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How the earlier states of a document are kept: in {@code <collection>_history}, one entry per state, append-only.
 * An entry is the document as it stood after one event (every field, {@code _id} moved to {@link #AGGREGATE_ID}),
 * with {@link #VALID_FROM}, the time of that event; its own {@code _id} is {@code <aggregate id>/<version>}, so
 * writing the same state again changes nothing. Indexed by aggregate id and valid-from, and by whatever keys the
 * views read it by (programme, round, region, measure).
 */
public final class StateHistory {

    /** The id of the document the entry is a state of. */
    public static final String AGGREGATE_ID = "aggregateId";
    /** When the state began to hold: the event's time (CloudEvents {@code time}, else the event's own "…At"). */
    public static final String VALID_FROM = "validFrom";

    private StateHistory() {
    }

    /** Where the earlier states of {@code collection} are kept. */
    public static String of(String collection) {
        return collection + "_history";
    }

    /**
     * A point in the past to show a view as of: the {@code instant} up to which (inclusive) changes count, and the
     * Finnish {@code day} on which "overdue" and "owed" are judged.
     */
    public record AsOf(Instant instant, LocalDate day) {

        /** As of a moment: the changes made by then, judged on that moment's Finnish day. */
        public static AsOf instant(Instant instant) {
            return new AsOf(instant, FinnishTime.dateOf(instant));
        }

        /** As of a Finnish day: every change made on it or before (up to its last millisecond), judged on that day. */
        public static AsOf day(LocalDate day) {
            return new AsOf(day.plusDays(1).atStartOfDay(FinnishTime.ZONE).toInstant().minusMillis(1), day);
        }
    }
}
