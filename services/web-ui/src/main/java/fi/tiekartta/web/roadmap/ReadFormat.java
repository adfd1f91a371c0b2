package fi.tiekartta.web.roadmap;

import fi.tiekartta.web.layout.Languages;
import org.springframework.stereotype.Component;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Days, times and shares as the read pages show them, in the page's language and Finnish time. Templates call it
 * as {@code @readFormat.date(…)}.
 */
@Component("readFormat")
public class ReadFormat {

    private static final Map<String, DateTimeFormatter> DAYS = Map.of(
            "fi", DateTimeFormatter.ofPattern("d.M.yyyy"),
            "sv", DateTimeFormatter.ofPattern("d.M.yyyy"),
            "en", DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    private static final Map<String, DateTimeFormatter> TIMES = Map.of(
            "fi", DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm"),
            "sv", DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' H.mm"),
            "en", DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH));

    /** A day ({@code 2026-11-21}) or an instant ({@code 2026-11-21T10:00:00Z}, shown as its Finnish day). */
    public String date(Object value) {
        LocalDate day = day(value);
        return day == null ? "" : day.format(DAYS.get(Languages.current().code()));
    }

    /** An instant as day and time in Finnish time. */
    public String dateTime(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return Instant.parse(value.toString()).atZone(AsOf.FINNISH_TIME).format(TIMES.get(Languages.current().code()));
        } catch (DateTimeParseException notAnInstant) {
            return date(value);
        }
    }

    /** The ISO day of a day or an instant (for {@code <time datetime>}). */
    public String isoDay(Object value) {
        LocalDate day = day(value);
        return day == null ? "" : day.toString();
    }

    /** A share as people read it: 35 %, 35,5 % (fi, sv); 35%, 35.5% (en). */
    public String percent(Object share) {
        if (!(share instanceof Number number)) {
            return "";
        }
        boolean english = Languages.current() == Languages.ENGLISH;
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : Locale.forLanguageTag("fi")));
        return format.format(number.doubleValue()) + (english ? "%" : "\u00a0%");
    }

    static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            try {
                return Instant.parse(text).atZone(AsOf.FINNISH_TIME).toLocalDate();
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return OffsetDateTime.parse(text).atZoneSameInstant(AsOf.FINNISH_TIME).toLocalDate();
                } catch (DateTimeParseException neither) {
                    return null;
                }
            }
        }
    }
}
