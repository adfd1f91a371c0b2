package fi.tiekartta.kernel.period;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of time in the precision the source gave it (see {@link Precision}): a single period (a day, a
 * month, a quarter, a half-year, a season or a year), a range from one single period to another (of
 * months, seasons, years, or of mixed kinds), a government term, or an open-ended period from a single
 * period on. It is kept as given, shown as given ({@link #label(Language)}: "kevät 2023", never
 * "1.3.2023"), and still has inclusive calendar bounds ({@link #start()}, {@link #end()}) for ordering,
 * comparing and telling when it is over.
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
 * YEAR_RANGE    2023/2025
 * RANGE         2021-spring/2022, 2023-03-29/2023-04-24, 2023-Q2/2024-Q1   (any other &lt;from&gt;/&lt;to&gt;)
 * TERM          term-2023-2027
 * OPEN_ENDED    2023-spring/.., 2022/..
 * </pre>
 * Each period has exactly one canonical text. Years have four digits (1000–9999). A range is
 * {@code <from>/<to>} of two single periods; it runs forward (its last period starts after its first
 * starts and ends after it ends), so it spans more than one unit: one month is a MONTH, one season a
 * SEASON. Two months make a MONTH_RANGE, two seasons a SEASON_RANGE, two years a YEAR_RANGE, anything
 * else a RANGE. An open-ended period is {@code <from>/..} of one single period. The text looks sortable
 * but does not sort correctly across kinds ({@code 2023-Q2} vs {@code 2023-05}, {@code autumn} vs
 * {@code spring}); sort and query by {@link #start()} and {@link #end()}.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Seasons are meteorological (see {@link Season}): spring March–May, summer June–August, autumn
 *       September–November, and <b>winter YYYY runs from 1 December YYYY to the end of February
 *       YYYY+1</b>.</li>
 *   <li>A TERM is named by its two parliamentary election years, four years apart, the first an election
 *       year (…, 2015, 2019, 2023, 2027, …: years ≡ 3 mod 4). Its bounds are the term's real days from the
 *       government-terms reference data (2019–2023 is 6.6.2019–20.6.2023). Where a day is not known yet the
 *       term starts on its election day (else on 1 January of the first year) and ends on 31 December of
 *       its last year, so nothing due in the term is overdue early. See docs/periods.md.</li>
 *   <li>An OPEN_ENDED period never ends: {@link #hasEndedBefore(LocalDate)} is always false. Its
 *       {@link #end()} is {@link #OPEN_END} (9999-12-31), so that a stored end compares as later than any
 *       day; in events and API answers ({@link #toData()}) its end is null.</li>
 * </ul>
 *
 * <h2>Order</h2>
 * {@link #compareTo(Period)} orders by start, then by end, then by precision (finest first, in the order
 * {@link Precision} declares), then by the periods a range or an open-ended period is made of. So periods
 * with the same start put the finer one first: 1.1.2023 &lt; January 2023 &lt; 2023 Q1 &lt; 2023 H1 &lt;
 * 2023; and {@code 2023-04/2023-06} &lt; {@code 2023-Q2}. The order is consistent with
 * {@link #equals(Object)}.
 *
 * <p>Instances are immutable; two periods are equal when their precision, start and end are equal and, for
 * a range or an open-ended period, the periods it is made of.
 */
public final class Period implements Comparable<Period> {

    /** The smallest year a period may name; years are written with four digits. */
    public static final int MIN_YEAR = 1000;
    /** The largest year a period may name. */
    public static final int MAX_YEAR = 9999;
    /** Years between the two electoral years that name a government term. */
    public static final int TERM_LENGTH_YEARS = 4;
    /** The {@link #end()} of an open-ended period, later than the end of any other period. */
    public static final LocalDate OPEN_END = LocalDate.of(MAX_YEAR, 12, 31);

    /**
     * The forms {@link #read(String)} accepts, for messages to people who type periods (an API's 400 answer).
     * A constant, so an annotation's message can name it.
     */
    public static final String ACCEPTED_FORMS = "a period as canonical text, e.g. 2023-05-17 (day), 2021-09 (month),"
            + " 2021-09/2022-05 (month range), 2023-Q2 (quarter), 2025-H2 (half-year), 2023-spring (season: spring,"
            + " summer, autumn or winter), 2022-summer/2022-autumn (season range), 2022 (year), 2023/2025 (year range),"
            + " 2021-spring/2022 (range), term-2023-2027 (government term) or 2023-spring/.. (open-ended);"
            + " or as the Finnish sources write it, e.g. 17.5.2023, syyskuu 2021, syyskuu 2021–toukokuu 2022,"
            + " tammi–maaliskuu 2021, 2023 Q2, 2. vuosipuolisko 2025, kevät 2023, kesä–syksy 2022, vuosi 2022,"
            + " 2023–2025, kevät 2021–2022, 29.3.–24.4.2023, 2023–2027 (government term), Kevät 2023 –, 2022 -> or"
            + " kevät 2023 alkaen";

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
            .thenComparing(Period::end)
            .thenComparing(Period::precision)
            .thenComparing(period -> period.from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(period -> period.to, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Precision precision;
    private final LocalDate start;
    private final LocalDate end;
    /** The first single period of a range or an open-ended period; null for a single period or a term. */
    private final Period from;
    /** The last single period of a range; null for the others. */
    private final Period to;

    private Period(Precision precision, LocalDate start, LocalDate end, Period from, Period to) {
        this.precision = precision;
        this.start = start;
        this.end = end;
        this.from = from;
        this.to = to;
    }

    private Period(Precision precision, LocalDate start, LocalDate end) {
        this(precision, start, end, null, null);
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
        return new Period(Precision.MONTH_RANGE, first.atDay(1), last.atEndOfMonth(), month(first), month(last));
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
        checkWinterYear(season, year);
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
        checkWinterYear(lastSeason, lastYear);
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
        return new Period(Precision.SEASON_RANGE, firstSeason.startIn(firstYear), lastSeason.endIn(lastYear),
                season(firstSeason, firstYear), season(lastSeason, lastYear));
    }

    /** A calendar year. */
    public static Period year(int year) {
        checkYear(year);
        return new Period(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The calendar years from {@code first} to {@code last}, both included, e.g. 2023–2025 ({@code 2023/2025}).
     * This is never a government term, even from one election year to the next ({@link #term} is).
     *
     * @throws InvalidPeriodException if {@code last} is not after {@code first} (one year is a {@link #year})
     */
    public static Period yearRange(int first, int last) {
        checkYear(first);
        checkYear(last);
        if (first == last) {
            throw new InvalidPeriodException("a range of one year is a year: write " + first + ", not " + first + "/" + last);
        }
        if (last < first) {
            throw new InvalidPeriodException("a year range must run forward, but " + last + " is before " + first);
        }
        return new Period(Precision.YEAR_RANGE, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), year(first), year(last));
    }

    /**
     * The range from one single period to another ({@link Precision#isSingle()}), both included: two months
     * make a {@link #monthRange}, two seasons a {@link #seasonRange}, two years a {@link #yearRange}, any other
     * pair (two days, two quarters, two half-years, or two different kinds, e.g. spring 2021 to 2022) a
     * {@link Precision#RANGE}.
     *
     * @throws InvalidPeriodException if either is not a single period, or the range does not run forward:
     *                                {@code to} must start after {@code from} starts and end after it ends
     */
    public static Period range(Period from, Period to) {
        required(from, "first period of the range");
        required(to, "last period of the range");
        requireSingle(from, "a range");
        requireSingle(to, "a range");
        if (from.precision == to.precision) {
            switch (from.precision) {
                case MONTH:
                    return monthRange(from.firstMonth(), to.firstMonth());
                case SEASON:
                    return seasonRange(from.firstSeason(), from.firstSeasonYear(), to.firstSeason(), to.firstSeasonYear());
                case YEAR:
                    return yearRange(from.start.getYear(), to.start.getYear());
                default:
                    if (from.equals(to)) {
                        throw new InvalidPeriodException("a range of one " + unitName(from.precision) + " is that "
                                + unitName(from.precision) + ": write " + from + ", not " + from + "/" + to);
                    }
            }
        }
        if (!to.start.isAfter(from.start) || !to.end.isAfter(from.end)) {
            throw new InvalidPeriodException("a range must run forward: its last period (" + to + ") must start after its"
                    + " first (" + from + ") starts and end after it ends");
        }
        return new Period(Precision.RANGE, from.start, to.end, from, to);
    }

    /**
     * A government term named by its parliamentary election years, e.g. {@code term(2019, 2023)}. It runs from
     * the day the term's first government was appointed to the day the next term's first government was
     * appointed, from the government-terms reference data (2019–2023: 6.6.2019–20.6.2023). Where the reference
     * data do not know a day yet, the term starts on its election day (else on 1 January of its first year) and
     * ends on 31 December of its last year.
     *
     * @throws InvalidPeriodException unless the first year is a parliamentary election year (≡ 3 mod 4: 2019,
     *                                2023, 2027) and the last year {@value #TERM_LENGTH_YEARS} years after it
     */
    public static Period term(int firstElectionYear, int lastElectionYear) {
        checkYear(firstElectionYear);
        checkYear(lastElectionYear);
        if (lastElectionYear - firstElectionYear != TERM_LENGTH_YEARS) {
            throw new InvalidPeriodException("a government term runs " + TERM_LENGTH_YEARS + " years from one election year to the next"
                    + " (e.g. 2023–2027), not " + firstElectionYear + "–" + lastElectionYear);
        }
        if (!isElectionYear(firstElectionYear)) {
            throw new InvalidPeriodException("a government term runs from one parliamentary election year to the next"
                    + " (…, 2015, 2019, 2023, 2027, …), and " + firstElectionYear + " is not one; "
                    + firstElectionYear + "–" + lastElectionYear + " is a range of years (" + firstElectionYear + "/" + lastElectionYear + ")");
        }
        return new Period(Precision.TERM, GovernmentTermDates.start(firstElectionYear),
                GovernmentTermDates.end(firstElectionYear, lastElectionYear));
    }

    /**
     * Whether a parliamentary (eduskunta) election is held in the year under the four-year cycle: 2015, 2019,
     * 2023, 2027, … (years ≡ 3 mod 4).
     */
    public static boolean isElectionYear(int year) {
        return Math.floorMod(year, TERM_LENGTH_YEARS) == 3;
    }

    /**
     * From a single period on, with no end: "Kevät 2023 –" is {@code openEnded(season(SPRING, 2023))}, canonical
     * {@code 2023-spring/..}. It starts when {@code from} starts and never ends.
     *
     * @throws InvalidPeriodException if {@code from} is not a single period ({@link Precision#isSingle()})
     */
    public static Period openEnded(Period from) {
        required(from, "period an open-ended period starts with");
        requireSingle(from, "an open-ended period");
        return new Period(Precision.OPEN_ENDED, from.start, OPEN_END, from, null);
    }

    // ------------------------------------------------------------------------------------------- parsing

    /**
     * Reads the canonical text (see the class comment), exactly as {@link #toString()} writes it: no
     * surrounding spaces, {@code Q} and {@code H} upper case, season names lower case. For text people type,
     * use {@link #read(String)}.
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
            String hint = " (it reads as the Finnish form of " + finnish + ": give that)";
            throw new InvalidPeriodException(notCanonical.getMessage() + hint, notCanonical.reason() + hint, finnish);
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
     * Reads a period as people give it to an API or in a document: the canonical text ({@link #parse(String)})
     * or, when it is not one, a Finnish form ({@link #parseFinnish(String)}). The canonical reading wins where
     * both read a text ({@code 2019/2023} is a range of years; "2019–2023" a government term).
     *
     * @throws InvalidPeriodException if the text is neither; the message says why where it can ("a quarter is
     *                                1, 2, 3 or 4, not 5": then {@link InvalidPeriodException#isSpecific()} and that is
     *                                its {@link InvalidPeriodException#reason()}) and lists the accepted forms
     *                                ({@link #ACCEPTED_FORMS})
     */
    public static Period read(String text) {
        if (text == null) {
            throw new InvalidPeriodException("A period is required, but it is missing (null); expected " + ACCEPTED_FORMS);
        }
        if (text.isBlank()) {
            throw new InvalidPeriodException("A period is required, but it is empty; expected " + ACCEPTED_FORMS);
        }
        try {
            return CanonicalPeriodFormat.parse(text);
        } catch (InvalidPeriodException notCanonical) {
            try {
                return FinnishPeriodParser.parse(text);
            } catch (InvalidPeriodException notFinnish) {
                String why = notFinnish.isSpecific() ? notFinnish.reason()
                        : notCanonical.isSpecific() ? notCanonical.reason() : null;
                String expected = "expected " + ACCEPTED_FORMS;
                throw new InvalidPeriodException("Invalid period \"" + text + "\": " + (why == null ? "" : why + "; ") + expected,
                        why == null ? expected : why, null, why != null);
            }
        }
    }

    /**
     * Reads a period as the Finnish source documents write it, case-insensitively, with hyphens or en
     * dashes, with or without spaces around them: "17.5.2023", "syyskuu 2021", "syyskuu 2021–toukokuu
     * 2022", "Tammi–maaliskuu 2021", "kevät 2023", "Kesä-syksy 2022", "talvi 2023–2024", "vuosi 2022",
     * "2022", "2023–2025" and "vuodet 2023–2025" (years), "2019–2023" (from one election year to the next: a
     * government term), "hallituskausi 2023–2027", "kevät 2021–2022", "29.3.–24.4.2023", "3.–28.4.2023",
     * "Q2 2023", "2023 Q2", "2. vuosipuolisko 2025", "H2 2025", "9/2021", and open-ended "Kevät 2023 –",
     * "2022 ->", "2022 →", "kevät 2023 alkaen", "vuodesta 2022". Any two single periods joined by a dash are a
     * range ("kevät 2021 – kesäkuu 2021"). Every {@linkplain #label(Language) Finnish label} reads back to the
     * same period.
     *
     * <p>In a range that names its year once ("kesä–syksy 2022", "tammi–maaliskuu 2021") both ends lie
     * in that year, except that a winter at the start is the one that ends in that year ("talvi–kevät
     * 2023" = winter 2022 to spring 2023) and a winter at the end the one that starts in it ("syksy–talvi
     * 2022" = autumn 2022 to winter 2022).
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

    /**
     * The last day of the period (inclusive); for an open-ended period {@link #OPEN_END} (9999-12-31), which
     * stands for "no end" (see {@link #isOpenEnded()}).
     */
    public LocalDate end() {
        return end;
    }

    /** Whether the period has no end: "Kevät 2023 –" ({@code 2023-spring/..}). */
    public boolean isOpenEnded() {
        return precision == Precision.OPEN_ENDED;
    }

    /**
     * The single period a range or an open-ended period starts with ({@code 2021-spring} of
     * {@code 2021-spring/2022}); a single period or a term is its own.
     */
    public Period from() {
        return from == null ? this : from;
    }

    /**
     * The single period a range ends with ({@code 2022} of {@code 2021-spring/2022}); a single period or a
     * term is its own; an open-ended period has none.
     */
    public Optional<Period> to() {
        if (isOpenEnded()) {
            return Optional.empty();
        }
        return Optional.of(to == null ? this : to);
    }

    /**
     * Whether the whole period lies before the given day, i.e. its last day is earlier. A milestone due
     * in May 2023 has ended before 1.6.2023, but not before 31.5.2023. This is the test for "overdue". An
     * open-ended period never has.
     */
    public boolean hasEndedBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !isOpenEnded() && end.isBefore(day);
    }

    /** Whether the given day is one of the period's days (bounds included; an open-ended period has every day from its start). */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start) && (isOpenEnded() || !day.isAfter(end));
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

    /** The period as events and the APIs show it; an open-ended period's end is null. */
    public PeriodData toData() {
        return new PeriodData(toString(), labels(), start(), isOpenEnded() ? null : end(), precision().name());
    }

    /** The label in all three languages, as it travels in events. */
    public LocalizedText labels() {
        return new LocalizedText(label(Language.FI), label(Language.SV), label(Language.EN));
    }

    /** Orders by start, then end, then precision (finest first), then parts; see the class comment. */
    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period that
                && precision == that.precision && start.equals(that.start) && end.equals(that.end)
                && Objects.equals(from, that.from) && Objects.equals(to, that.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(precision, start, end, from, to);
    }

    /** The canonical text, e.g. {@code 2023-spring}; {@link #parse(String)} reads it back. */
    @Override
    public String toString() {
        return CanonicalPeriodFormat.format(this);
    }

    // --------------------------------------------------- parts, for the format and labels of this package

    /** The first period of a range or open-ended period (never null for those kinds). */
    Period first() {
        return from;
    }

    /** The last period of a range (never null for the range kinds). */
    Period last() {
        return to;
    }

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

    /** Winter {@value #MAX_YEAR} would end in a year of five digits. */
    private static void checkWinterYear(Season season, int year) {
        if (season == Season.WINTER && year == MAX_YEAR) {
            throw new InvalidPeriodException("winter " + MAX_YEAR + " would end in February " + (MAX_YEAR + 1)
                    + ", and a year has four digits, " + MIN_YEAR + "–" + MAX_YEAR);
        }
    }

    private static void requireSingle(Period period, String what) {
        if (!period.precision.isSingle()) {
            throw new InvalidPeriodException(what + " runs from a single period (a day, month, quarter, half-year, season"
                    + " or year), not from or to " + period);
        }
    }

    private static String unitName(Precision precision) {
        return switch (precision) {
            case DAY -> "day";
            case QUARTER -> "quarter";
            case HALF_YEAR -> "half-year";
            default -> precision.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static void required(Object value, String what) {
        if (value == null) {
            throw new InvalidPeriodException("the " + what + " is required");
        }
    }
}
