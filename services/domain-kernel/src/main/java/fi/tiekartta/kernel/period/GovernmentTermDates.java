package fi.tiekartta.kernel.period;

import fi.tiekartta.kernel.ReferenceJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days on which government terms begin and end, from the government-terms reference data
 * ({@value #FILE} beside this class; programme-service loads the same file as its reference terms).
 * A term is named by its two parliamentary election years; for each term whose first election year is
 * in the file, the file may give:
 * <ul>
 *   <li>{@code startDate}: the day the first government of the term was appointed (2019–2023: 6.6.2019);</li>
 *   <li>{@code endDate}: the day the term's last government left office, i.e. the next was appointed
 *       (2019–2023: 20.6.2023);</li>
 *   <li>{@code electionDate}: the day of the election that opens the term.</li>
 * </ul>
 * Where a day is not known the fallbacks never make anything due in the term overdue early, and never
 * put a term's start before its election: the start is the election day if known, else 1 January of the
 * first year; the end is 31 December of the last election year (a term ends when the government formed
 * after the next election is appointed, always within that year).
 */
final class GovernmentTermDates {

    static final String FILE = "government-terms.json";

    private record Dates(LocalDate electionDate, LocalDate startDate, LocalDate endDate) {
    }

    private static final Map<Integer, Dates> TERMS = load();

    private GovernmentTermDates() {
    }

    /** The first day of the term that starts with the election of {@code firstYear}. */
    static LocalDate start(int firstYear) {
        Dates dates = TERMS.get(firstYear);
        if (dates != null && dates.startDate() != null) {
            return dates.startDate();
        }
        if (dates != null && dates.electionDate() != null) {
            return dates.electionDate();
        }
        return LocalDate.of(firstYear, 1, 1);
    }

    /** The last day of the term that ends with the election of {@code lastYear}. */
    static LocalDate end(int firstYear, int lastYear) {
        Dates dates = TERMS.get(firstYear);
        if (dates != null && dates.endDate() != null) {
            return dates.endDate();
        }
        return LocalDate.of(lastYear, 12, 31);
    }

    /** Whether the reference data give the real first day of the term of {@code firstYear}. */
    static boolean startKnown(int firstYear) {
        Dates dates = TERMS.get(firstYear);
        return dates != null && dates.startDate() != null;
    }

    /** Whether the reference data give the real last day of the term of {@code firstYear}. */
    static boolean endKnown(int firstYear) {
        Dates dates = TERMS.get(firstYear);
        return dates != null && dates.endDate() != null;
    }

    private static Map<Integer, Dates> load() {
        try (InputStream in = GovernmentTermDates.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the government-terms reference data " + FILE + " is missing beside "
                        + GovernmentTermDates.class.getName());
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the government-terms reference data " + FILE, e);
        }
    }

    /** The terms of the reference file's text, by their first election year. */
    static Map<Integer, Dates> read(String json) {
        Object root = ReferenceJson.read(json, FILE);
        if (!(root instanceof Map<?, ?> file) || !(file.get("terms") instanceof List<?> terms)) {
            throw new IllegalStateException(FILE + " is an object with a list \"terms\"");
        }
        Map<Integer, Dates> byFirstYear = new LinkedHashMap<>();
        for (Object entry : terms) {
            if (!(entry instanceof Map<?, ?> term) || !(term.get("firstYear") instanceof Number year)) {
                throw new IllegalStateException(FILE + ": each term has a number firstYear: " + entry);
            }
            int firstYear = year.intValue();
            Dates dates = new Dates(date(term, "electionDate"), date(term, "startDate"), date(term, "endDate"));
            check(firstYear, dates);
            byFirstYear.put(firstYear, dates);
        }
        return Map.copyOf(byFirstYear);
    }

    /** A term's days lie in its election years, in order: the format derives the years from the bounds. */
    private static void check(int firstYear, Dates dates) {
        int lastYear = firstYear + Period.TERM_LENGTH_YEARS;
        for (LocalDate first : new LocalDate[] {dates.electionDate(), dates.startDate()}) {
            if (first != null && first.getYear() != firstYear) {
                throw new IllegalStateException(FILE + ": the term " + firstYear + "–" + lastYear + " cannot begin on " + first);
            }
        }
        if (dates.endDate() != null && dates.endDate().getYear() != lastYear) {
            throw new IllegalStateException(FILE + ": the term " + firstYear + "–" + lastYear + " cannot end on " + dates.endDate());
        }
        if (dates.startDate() != null && dates.electionDate() != null && dates.startDate().isBefore(dates.electionDate())) {
            throw new IllegalStateException(FILE + ": the term " + firstYear + "–" + lastYear + " begins before its election");
        }
    }

    private static LocalDate date(Map<?, ?> term, String key) {
        Object value = term.get(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse((String) value);
        } catch (ClassCastException | DateTimeParseException e) {
            throw new IllegalStateException(FILE + ": " + key + " is an ISO date (2019-06-06) or null, not " + value, e);
        }
    }
}
