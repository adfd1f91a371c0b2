package fi.tiekartta.kernel.period;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * A period of time in the precision the source gave it: a day, a month, a range of months, a quarter, a
 * half-year, a season, a range of seasons, a year or a government term (see {@link Precision}). It is
 * kept as given, shown as given ({@link #label(Language)}: "kevät 2023", never "1.3.2023"), and still has
 * inclusive calendar bounds ({@link #start()}, {@link #end()}) for ordering, comparing and telling when
 * it is over.
 *
 * <h2>Canonical text</h2>
 * {@link #toString()} gives, and {@link #parse(String)} reads, the ASCII form stored in MongoDB and sent
 * in JSON APIs and events:
 * <pre>
 * DAY           2023-05-17
 * MONTH         2021-09
 * MONTH_RANGE   2021-09/2022-05
 * QUARTER       2023-Q2
 * HALF_YEAR     2025-H2
 * SEASON        2023-spring            (spring, summer, autumn, winter)
 * SEASON_RANGE  2022-summer/2022-autumn, 2022-autumn/2023-spring
 * YEAR          2022
 * TERM          term-2023-2027
 * </pre>
 * Each period has exactly one canonical text. Years have four digits (1000–9999). Ranges run forward
 * and span at least two units: one month is a MONTH, one season a SEASON. The text looks sortable but
 * does not sort correctly across kinds ({@code 2023-Q2} vs {@code 2023-05}, {@code autumn} vs
 * {@code spring}); sort and query by {@link #start()} and {@link #end()}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Seasons are meteorological (see {@link Season}): spring March–May, summer June–August, autumn
 *       September–November, and <b>winter YYYY runs from 1 December YYYY to the end of February
 *       YYYY+1</b>.</li>
 *   <li>A TERM is named by its two electoral years, four years apart ("2023–2027"). For ordering and
 *       overdue checks it covers 1 January of the first year to 31 December of the last year. The
 *       exact day a government takes or leaves office comes from the government-terms reference data,
 *       not from this value.</li>
 * </ul>
 *
 * <h2>Order</h2>
 * {@link #compareTo(Period)} orders by start, then by end, then by precision (finest first, in the order
 * {@link Precision} declares). So periods with the same start put the finer one first: 1.1.2023 &lt;
 * January 2023 &lt; 2023 Q1 &lt; 2023 H1 &lt; 2023; and {@code 2023-04/2023-06} &lt; {@code 2023-Q2}. The
 * order is consistent with {@link #equals(Object)}.
 *
 * <p>Instances are immutable; two periods are equal when their precision, start and end are equal.
 */
public final class Period implements Comparable<Period> {

    /** The smallest year a period may name; years are written with four digits. */
    public static final int MIN_YEAR = 1000;
    /** The largest year a period may name. */
    public static final int MAX_YEAR = 9999;
    /** Years between the two electoral years that name a government term. */
    public static final int TERM_LENGTH_YEARS = 4;

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
            .thenComparing(Period::end)
            .thenComparing(Period::precision);

    private final Precision precision;
    private final LocalDate start;
    private final LocalDate end;

    private Period(Precision precision, LocalDate start, LocalDate end) {
        this.precision = precision;
        this.start = start;
        this.end = end;
    }

    // ----------------------------------------------------------------------------------------- factories

    /** One day. */
    public static Period day(LocalDate day) {
        required(day, "day");
        checkYear(day.getYear());
        return new Period(Precision.DAY, day, day);
    }

    /** One calendar month. */
    public static Period month(YearMonth month) {
        required(month, "month");
        checkYear(month.getYear());
        return new Period(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The months from {@code first} to {@code last}, both included.
     *
     * @throws InvalidPeriodException if {@code last} is not after {@code first} (one month is a {@link #month})
     */
    public static Period monthRange(YearMonth first, YearMonth last) {
        required(first, "first month");
        required(last, "last month");
        checkYear(first.getYear());
        checkYear(last.getYear());
        if (first.equals(last)) {
            throw new InvalidPeriodException("a range of one month is a month: write " + first + ", not " + first + "/" + last);
        }
        if (last.isBefore(first)) {
            throw new InvalidPeriodException("a month range must run forward, but " + last + " is before " + first);
        }
        return new Period(Precision.MONTH_RANGE, first.atDay(1), last.atEndOfMonth());
    }

    /** A calendar quarter, 1 (January–March) to 4 (October–December). */
    public static Period quarter(int year, int quarter) {
        checkYear(year);
        if (quarter < 1 || quarter > 4) {
            throw new InvalidPeriodException("a quarter is 1, 2, 3 or 4, not " + quarter);
        }
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(Precision.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** A calendar half-year: 1 is January–June, 2 is July–December. */
    public static Period halfYear(int year, int half) {
        checkYear(year);
        if (half != 1 && half != 2) {
            throw new InvalidPeriodException("a half-year is 1 or 2, not " + half);
        }
        YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
        return new Period(Precision.HALF_YEAR, first.atDay(1), first.plusMonths(5).atEndOfMonth());
    }

    /** One season; winter of {@code year} runs from December {@code year} to February {@code year + 1}. */
    public static Period season(Season season, int year) {
        required(season, "season");
        checkYear(year);
        return new Period(Precision.SEASON, season.startIn(year), season.endIn(year));
    }

    /**
     * The seasons from the first to the last, both included, e.g. autumn 2022 to spring 2023 (which
     * includes winter 2022).
     *
     * @throws InvalidPeriodException if the last season is not after the first (one season is a {@link #season})
     */
    public static Period seasonRange(Season firstSeason, int firstYear, Season lastSeason, int lastYear) {
        required(firstSeason, "first season");
        required(lastSeason, "last season");
        checkYear(firstYear);
        checkYear(lastYear);
        int first = Season.sequence(firstSeason, firstYear);
        int last = Season.sequence(lastSeason, lastYear);
        String firstText = firstYear + "-" + firstSeason.canonicalName();
        String lastText = lastYear + "-" + lastSeason.canonicalName();
        if (first == last) {
            throw new InvalidPeriodException("a range of one season is a season: write " + firstText + ", not " + firstText + "/" + lastText);
        }
        if (last < first) {
            throw new InvalidPeriodException("a season range must run forward, but " + lastText + " is before " + firstText);
        }
        return new Period(Precision.SEASON_RANGE, firstSeason.startIn(firstYear), lastSeason.endIn(lastYear));
    }

    /** A calendar year. */
    public static Period year(int year) {
        checkYear(year);
        return new Period(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * A government term named by its electoral years, e.g. {@code term(2023, 2027)}. It covers 1.1. of
     * the first year to 31.12. of the last year; the exact days come from the government-terms reference data.
     *
     * @throws InvalidPeriodException unless the last year is {@value #TERM_LENGTH_YEARS} years after the first
     */
    public static Period term(int firstElectionYear, int lastElectionYear) {
        checkYear(firstElectionYear);
        checkYear(lastElectionYear);
        if (lastElectionYear - firstElectionYear != TERM_LENGTH_YEARS) {
            throw new InvalidPeriodException("a government term runs " + TERM_LENGTH_YEARS + " years from one election year to the next"
                    + " (e.g. 2023–2027), not " + firstElectionYear + "–" + lastElectionYear);
        }
        return new Period(Precision.TERM, LocalDate.of(firstElectionYear, 1, 1), LocalDate.of(lastElectionYear, 12, 31));
    }

    // ------------------------------------------------------------------------------------------- parsing

    /**
     * Reads the canonical text (see the class comment), exactly as {@link #toString()} writes it: no
     * surrounding spaces, {@code Q} and {@code H} upper case, season names lower case.
     *
     * @throws InvalidPeriodException if the text is null, empty or not a valid canonical period; where the
     *                                 text is a period as the Finnish sources write it ("kevät 2023"), the
     *                                 message names its canonical form, so the person who typed it can fix it
     */
    public static Period parse(String canonical) {
        try {
            return CanonicalPeriodFormat.parse(canonical);
        } catch (InvalidPeriodException notCanonical) {
            Period finnish = finnishReadingOf(canonical);
            if (finnish == null) {
                throw notCanonical;
            }
            throw new InvalidPeriodException(notCanonical.getMessage() + " (it reads as the Finnish form of "
                    + finnish + ": give that)", finnish);
        }
    }

    private static Period finnishReadingOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            return FinnishPeriodParser.parse(text);
        } catch (InvalidPeriodException notFinnishEither) {
            return null;
        }
    }

    /** The same as {@link #parse(String)}; the name lets frameworks convert strings to periods on their own. */
    public static Period valueOf(String canonical) {
        return parse(canonical);
    }

    /**
     * Reads a period as the Finnish source documents write it, case-insensitively, with hyphens or en
     * dashes, with or without spaces around them: "17.5.2023", "syyskuu 2021", "syyskuu 2021–toukokuu
     * 2022", "Tammi–maaliskuu 2021", "kevät 2023", "Kesä-syksy 2022", "talvi 2023–2024", "vuosi 2022",
     * "2022", "2023–2027" (a government term), "Q2 2023", "2023 Q2", "2. vuosipuolisko 2025", "H2 2025",
     * "9/2021". Every {@linkplain #label(Language) Finnish label} reads back to the same period.
     *
     * <p>In a range that names its year once ("kesä–syksy 2022", "tammi–maaliskuu 2021") both ends lie
     * in that year, except that a winter at the start is the one that ends in that year ("talvi–kevät
     * 2023" = winter 2022 to spring 2023) and a winter at the end the one that starts in it ("syksy–talvi
     * 2022" = autumn 2022 to winter 2022). A range of years other than a four-year term is refused.
     *
     * @throws InvalidPeriodException if the text is null, empty or not one of these forms
     */
    public static Period parseFinnish(String text) {
        return FinnishPeriodParser.parse(text);
    }

    // --------------------------------------------------------------------------------------------- query

    /** The precision, i.e. the kind, of this period. */
    public Precision precision() {
        return precision;
    }

    /** The first day of the period (inclusive). */
    public LocalDate start() {
        return start;
    }

    /** The last day of the period (inclusive). */
    public LocalDate end() {
        return end;
    }

    /**
     * Whether the whole period lies before the given day, i.e. its last day is earlier. A milestone due
     * in May 2023 has ended before 1.6.2023, but not before 31.5.2023. This is the test for "overdue".
     */
    public boolean hasEndedBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return end.isBefore(day);
    }

    /** Whether the given day is one of the period's days (bounds included). */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The period as people read it in the given language, in its own precision: "kevät 2023", "våren
     * 2023", "spring 2023". Labels begin in lower case where the language does (a user interface
     * capitalises at the start of a sentence). See docs/periods.md for every form.
     */
    public String label(Language language) {
        Objects.requireNonNull(language, "language");
        return PeriodLabels.label(this, language);
    }

    /** The period as events and the APIs show it. */
    public PeriodData toData() {
        return new PeriodData(toString(), labels(), start(), end(), precision().name());
    }

    /** The label in all three languages, as it travels in events. */
    public LocalizedText labels() {
        return new LocalizedText(label(Language.FI), label(Language.SV), label(Language.EN));
    }

    /** Orders by start, then end, then precision (finest first); see the class comment. */
    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period that
                && precision == that.precision && start.equals(that.start) && end.equals(that.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, start, end);
    }

    /** The canonical text, e.g. {@code 2023-spring}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return CanonicalPeriodFormat.format(this);
    }

    // --------------------------------------------------- parts, for the format and labels of this package

    YearMonth firstMonth() {
        return YearMonth.from(start);
    }

    YearMonth lastMonth() {
        return YearMonth.from(end);
    }

    Season firstSeason() {
        return Season.startingIn(start.getMonth());
    }

    int firstSeasonYear() {
        return start.getYear();
    }

    Season lastSeason() {
        return Season.startingIn(lastSeasonStart().getMonth());
    }

    int lastSeasonYear() {
        return lastSeasonStart().getYear();
    }

    private YearMonth lastSeasonStart() {
        return lastMonth().minusMonths(2);
    }

    int quarterNumber() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    int halfNumber() {
        return start.getMonth() == Month.JANUARY ? 1 : 2;
    }

    // ------------------------------------------------------------------------------------------ checking

    /** The day, or an {@link InvalidPeriodException} saying why there is no such day. */
    static LocalDate dateOf(int year, int month, int day) {
        YearMonth yearMonth = yearMonthOf(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            String reason = month == 2 && day == 29 ? " (" + year + " is not a leap year)" : "";
            throw new InvalidPeriodException("no such day: " + day + "." + month + "." + year
                    + "; " + PeriodLabels.monthNameEnglish(month) + " " + year + " has " + yearMonth.lengthOfMonth() + " days" + reason);
        }
        return yearMonth.atDay(day);
    }

    /** The month, or an {@link InvalidPeriodException} saying why there is no such month. */
    static YearMonth yearMonthOf(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new InvalidPeriodException("a month is 1–12 (01–12), not " + month);
        }
        return YearMonth.of(year, month);
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidPeriodException("a year has four digits, " + MIN_YEAR + "–" + MAX_YEAR + ", not " + year);
        }
    }

    private static void required(Object value, String what) {
        if (value == null) {
            throw new InvalidPeriodException("the " + what + " is required");
        }
    }
}
