package fi.tiekartta.kernel.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * A meteorological season as used in Finland, three whole months each:
 * <ul>
 *   <li>{@link #SPRING} (kevät, våren): March–May;</li>
 *   <li>{@link #SUMMER} (kesä, sommaren): June–August;</li>
 *   <li>{@link #AUTUMN} (syksy, hösten): September–November;</li>
 *   <li>{@link #WINTER} (talvi, vintern): December to the end of February. <b>Winter YYYY starts in
 *       December YYYY and ends on the last day of February YYYY+1</b>, so winter 2023 is
 *       1.12.2023–29.2.2024 and follows autumn 2023.</li>
 * </ul>
 * Within a year the seasons follow each other in declaration order, and winter YYYY is followed by
 * spring YYYY+1.
 */
public enum Season {
    SPRING(Month.MARCH, "spring"),
    SUMMER(Month.JUNE, "summer"),
    AUTUMN(Month.SEPTEMBER, "autumn"),
    WINTER(Month.DECEMBER, "winter");

    private final Month firstMonth;
    private final String canonicalName;

    Season(Month firstMonth, String canonicalName) {
        this.firstMonth = firstMonth;
        this.canonicalName = canonicalName;
    }

    /** The name in the canonical period text, e.g. {@code spring} in {@code 2023-spring}. */
    public String canonicalName() {
        return canonicalName;
    }

    /** The first month of this season; winter's is December. */
    public Month firstMonth() {
        return firstMonth;
    }

    /** The first day of this season in the given year (winter: 1 December of that year). */
    public LocalDate startIn(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    /** The last day of this season of the given year (winter: the last day of February of the next year). */
    public LocalDate endIn(int year) {
        return YearMonth.of(year, firstMonth).plusMonths(2).atEndOfMonth();
    }

    /** The season with the given canonical name, or null. */
    static Season ofCanonicalName(String name) {
        for (Season season : values()) {
            if (season.canonicalName.equals(name)) {
                return season;
            }
        }
        return null;
    }

    /** The season that starts in the given month (March, June, September or December), or null. */
    static Season startingIn(Month month) {
        for (Season season : values()) {
            if (season.firstMonth == month) {
                return season;
            }
        }
        return null;
    }

    /** A counter that grows by one from each season to the next, across years. */
    static int sequence(Season season, int year) {
        return year * 4 + season.ordinal();
    }
}
