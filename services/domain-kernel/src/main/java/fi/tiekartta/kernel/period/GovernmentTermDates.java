package fi.tiekartta.kernel.period;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
        Object root = new Json(json).document();
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

    /** Just enough JSON (RFC 8259) for the reference file: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {

        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            space();
            if (at != text.length()) {
                throw error("end of the document");
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("a value");
            }
            char c = text.charAt(at);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            space();
            if (peek('}')) {
                at++;
                return object;
            }
            while (true) {
                space();
                if (!peek('"')) {
                    throw error("a member name");
                }
                String name = string();
                space();
                expect(':');
                object.put(name, value());
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            at++;
            space();
            if (peek(']')) {
                at++;
                return array;
            }
            while (true) {
                array.add(value());
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }

        private String string() {
            StringBuilder string = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return string.toString();
                }
                if (c != '\\') {
                    string.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    break;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'b' -> string.append('\b');
                    case 'f' -> string.append('\f');
                    case 'n' -> string.append('\n');
                    case 'r' -> string.append('\r');
                    case 't' -> string.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("four hex digits");
                        }
                        string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> string.append(escaped);
                }
            }
            throw error("the end of a string");
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error(word);
            }
            at += word.length();
            return value;
        }

        private Number number() {
            int from = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (from == at) {
                throw error("a value");
            }
            String number = text.substring(from, at);
            try {
                return number.matches("-?[0-9]+") ? (Number) Long.valueOf(number) : (Number) Double.valueOf(number);
            } catch (NumberFormatException e) {
                throw error("a number");
            }
        }

        private void space() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("'" + c + "'");
            }
            at++;
        }

        private IllegalStateException error(String expected) {
            return new IllegalStateException(FILE + ": expected " + expected + " at character " + at);
        }
    }
}
