package fi.tiekartta.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days are Finnish days: a period ends, and a milestone becomes overdue, at midnight in Helsinki. */
public final class FinnishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private FinnishTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
