package fi.tiekartta.web.roadmap;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The "as of" day a read page is asked for ({@code ?asOf=2026-06-30}): a day that does not read, or one after
 * today (Finnish time), is taken as today, the views' default, and the page says it shows today.
 *
 * @param day      the day asked for, or null for today
 * @param rejected what the user typed when it was not a usable day (shown next to the field), else null
 */
public record AsOf(LocalDate day, String rejected) {

    public static final ZoneId FINNISH_TIME = ZoneId.of("Europe/Helsinki");

    public static AsOf of(String asked) {
        if (asked == null || asked.isBlank()) {
            return new AsOf(null, null);
        }
        try {
            LocalDate day = LocalDate.parse(asked.strip());
            if (day.isAfter(LocalDate.now(FINNISH_TIME))) {
                return new AsOf(null, asked);
            }
            return new AsOf(day, null);
        } catch (DateTimeParseException notADay) {
            return new AsOf(null, asked);
        }
    }

    /** The parameter for the view (ISO date), or null for today. */
    public String parameter() {
        return day == null ? null : day.toString();
    }

    /** What a link to another read page appends to keep the day: {@code ?asOf=2026-06-30}, or nothing for today. */
    public String suffix() {
        return day == null ? "" : "?asOf=" + day;
    }

    public boolean isPast() {
        return day != null;
    }

    /** The value for the date field: the day asked for, else today. */
    public String fieldValue() {
        return day == null ? LocalDate.now(FINNISH_TIME).toString() : day.toString();
    }

    public String today() {
        return LocalDate.now(FINNISH_TIME).toString();
    }
}
