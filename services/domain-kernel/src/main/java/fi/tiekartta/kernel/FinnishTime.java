package fi.tiekartta.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days are Finnish days: a period ends, a milestone becomes overdue and an achievement date must have come
 * by midnight in Helsinki, whatever the server's own time zone.
 */
public final class FinnishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private FinnishTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
