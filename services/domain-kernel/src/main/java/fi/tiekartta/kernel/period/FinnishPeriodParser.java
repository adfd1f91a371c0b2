package fi.tiekartta.kernel.period;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads periods as the Finnish source documents write them; see {@link Period#parseFinnish(String)}.
 * The text is first normalised (Unicode NFC, lower case, every kind of dash to a hyphen, an arrow to
 * "->", white space collapsed and removed around hyphens and slashes), then matched against the known
 * forms: single periods and the ranges of one kind first, then open-ended periods, then any two single
 * periods joined by a dash.
 */
final class FinnishPeriodParser {

    static final String EXPECTED = "expected a period such as 17.5.2023, syyskuu 2021, syyskuu 2021–toukokuu 2022,"
            + " tammi–maaliskuu 2021, 2023 Q2, 2. vuosipuolisko 2025, kevät 2023, kesä–syksy 2022, vuosi 2022,"
            + " 2023–2025 (years), kevät 2021–2022, 29.3.–24.4.2023, 2023–2027 (government term)"
            + " or kevät 2023 – (open-ended, also 2022 -> and kevät 2023 alkaen)";

    /** Month names in the nominative, January first. */
    static final List<String> MONTHS = List.of("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
            "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu");
    /** The stems used before a hyphen, as in "tammi–maaliskuu", January first. "kesä" alone is also summer. */
    static final List<String> MONTH_STEMS = List.of("tammi", "helmi", "maalis", "huhti", "touko", "kesä",
            "heinä", "elo", "syys", "loka", "marras", "joulu");
    /** Season names in the order of {@link Season}. */
    static final List<String> SEASONS = List.of("kevät", "kesä", "syksy", "talvi");

    /** The word after a period that makes it open-ended: "kevät 2023 alkaen". */
    static final String FROM_ON = "alkaen";

    private static final String Y = "([0-9]{4})";
    private static final String MONTH = "(" + String.join("|", MONTHS) + ")";
    private static final String MONTH_OR_STEM = "(" + String.join("|", MONTHS) + "|" + String.join("|", MONTH_STEMS) + ")";
    private static final String SEASON = "(" + String.join("|", SEASONS) + ")";
    /** A season's year; a winter may name both of its years: "talvi 2023–2024" or "talvi 2023/2024". */
    private static final String SEASON_YEARS = Y + "(?:[-/]" + Y + ")?";

    // single periods
    private static final Pattern DAY = Pattern.compile("([0-9]{1,2})\\. ?([0-9]{1,2})\\. ?" + Y);
    private static final Pattern WHOLE_YEAR = Pattern.compile("(?:vuosi )?" + Y);
    private static final Pattern QUARTER_FIRST = Pattern.compile("q([0-9])[ /]" + Y);
    private static final Pattern QUARTER_LAST = Pattern.compile(Y + " q([0-9])");
    private static final Pattern QUARTER_WORDS = Pattern.compile("([0-9])\\. ?(?:vuosi)?neljännes " + Y);
    private static final Pattern HALF_FIRST = Pattern.compile("h([0-9])[ /]" + Y);
    private static final Pattern HALF_LAST = Pattern.compile(Y + " h([0-9])");
    private static final Pattern HALF_WORDS = Pattern.compile("([0-9])\\. ?vuosipuolisko " + Y);
    private static final Pattern MONTH_NAMED = Pattern.compile(MONTH + " " + Y);
    private static final Pattern MONTH_NUMBERED = Pattern.compile("([0-9]{1,2})/" + Y);
    private static final Pattern SEASON_NAMED = Pattern.compile(SEASON + " " + Y);
    private static final Pattern WINTER_TWO_YEARS = Pattern.compile("talvi " + Y + "[-/]" + Y);

    // ranges and terms
    /** "2023–2025", "vuodet 2023–2025", "vuosina 2023–2025"; "hallituskausi 2019–2023", "hallituskaudelle 2019–2023". */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:(hallituskausi|hallituskaudelle|hallituskaudella) |(vuodet|vuosina) )?"
            + Y + "-" + Y);
    private static final Pattern MONTH_RANGE_TWO_YEARS = Pattern.compile(MONTH + " " + Y + "-" + MONTH + " " + Y);
    private static final Pattern MONTH_RANGE_ONE_YEAR = Pattern.compile(MONTH_OR_STEM + "-" + MONTH + " " + Y);
    private static final Pattern MONTH_RANGE_NUMBERED = Pattern.compile("([0-9]{1,2})/" + Y + "-([0-9]{1,2})/" + Y);
    /** "kevät 2021–2022": from a season to a year (a winter's two years name the winter: "talvi 2023–2024"). */
    private static final Pattern SEASON_TO_YEAR = Pattern.compile("(kevät|kesä|syksy) " + Y + "-" + Y);
    private static final Pattern SEASON_RANGE_ONE_YEAR = Pattern.compile(SEASON + "-" + SEASON + " " + Y);
    private static final Pattern SEASON_RANGE_TWO_YEARS = Pattern.compile(SEASON + " " + SEASON_YEARS + "-" + SEASON + " " + SEASON_YEARS);
    /** "29.3.–24.4.2023". */
    private static final Pattern DAY_RANGE_ONE_YEAR = Pattern.compile("([0-9]{1,2})\\. ?([0-9]{1,2})\\.-([0-9]{1,2})\\. ?([0-9]{1,2})\\. ?" + Y);
    /** "3.–28.4.2023". */
    private static final Pattern DAY_RANGE_ONE_MONTH = Pattern.compile("([0-9]{1,2})\\.-([0-9]{1,2})\\. ?([0-9]{1,2})\\. ?" + Y);

    // open-ended
    /** "vuodesta 2022", "vuodesta 2022 alkaen". */
    private static final Pattern FROM_YEAR = Pattern.compile("vuodesta " + Y + "(?: " + FROM_ON + "| lähtien)?");
    /** "kevät 2023 –", "2022 ->", "2022 →", "kevät 2023 alkaen", "kevät 2023 lähtien". */
    private static final Pattern OPEN_ENDED = Pattern.compile("(.+?)(?:->|-| " + FROM_ON + "| lähtien)");

    private FinnishPeriodParser() {
    }

    static Period parse(String text) {
        if (text == null) {
            throw new InvalidPeriodException("A period is required, but it is missing (null); " + EXPECTED);
        }
        String normal = normalise(text);
        if (normal.isEmpty()) {
            throw new InvalidPeriodException("A period is required, but it is empty; " + EXPECTED);
        }
        try {
            return read(normal);
        } catch (InvalidPeriodException e) {
            throw new InvalidPeriodException(text, e.reason(), e.isSpecific());
        }
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("[\\u2192\\u27F6]", "->")
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .strip()
                .replaceAll(" ?([-/]) ?", "$1");
    }

    private static Period read(String text) {
        Period single = single(text);
        if (single != null) {
            return single;
        }
        Matcher m;
        if ((m = YEAR_RANGE.matcher(text)).matches()) {
            return years(m.group(1) != null, m.group(2) != null, number(m, 3), number(m, 4));
        }
        if ((m = MONTH_RANGE_TWO_YEARS.matcher(text)).matches()) {
            return Period.monthRange(yearMonth(number(m, 2), month(m.group(1))), yearMonth(number(m, 4), month(m.group(3))));
        }
        if ((m = MONTH_RANGE_ONE_YEAR.matcher(text)).matches()) {
            int year = number(m, 3);
            return Period.monthRange(yearMonth(year, month(m.group(1))), yearMonth(year, month(m.group(2))));
        }
        if ((m = MONTH_RANGE_NUMBERED.matcher(text)).matches()) {
            return Period.monthRange(Period.yearMonthOf(number(m, 2), number(m, 1)), Period.yearMonthOf(number(m, 4), number(m, 3)));
        }
        if ((m = SEASON_TO_YEAR.matcher(text)).matches()) {
            return Period.range(Period.season(season(m.group(1)), number(m, 2)), Period.year(number(m, 3)));
        }
        if ((m = SEASON_RANGE_ONE_YEAR.matcher(text)).matches()) {
            return seasonRangeInOneYear(season(m.group(1)), season(m.group(2)), number(m, 3));
        }
        if ((m = SEASON_RANGE_TWO_YEARS.matcher(text)).matches()) {
            Season first = season(m.group(1));
            Season last = season(m.group(4));
            return Period.seasonRange(first, seasonYear(first, m.group(2), m.group(3)), last, seasonYear(last, m.group(5), m.group(6)));
        }
        if ((m = DAY_RANGE_ONE_YEAR.matcher(text)).matches()) {
            int year = number(m, 5);
            return Period.range(day(year, number(m, 2), number(m, 1)), day(year, number(m, 4), number(m, 3)));
        }
        if ((m = DAY_RANGE_ONE_MONTH.matcher(text)).matches()) {
            int year = number(m, 4);
            int month = number(m, 3);
            return Period.range(day(year, month, number(m, 1)), day(year, month, number(m, 2)));
        }
        if ((m = FROM_YEAR.matcher(text)).matches()) {
            return Period.openEnded(Period.year(number(m, 1)));
        }
        if ((m = OPEN_ENDED.matcher(text)).matches()) {
            return openEnded(m.group(1));
        }
        if (text.startsWith("-")) {
            throw new InvalidPeriodException("a period open at its start (until …) cannot be compared or be overdue;"
                    + " give its start, e.g. kevät 2021 – kevät 2023");
        }
        Period range = rangeOfTwoSingles(text);
        if (range != null) {
            return range;
        }
        throw InvalidPeriodException.unrecognised(EXPECTED);
    }

    /** A day, month, quarter, half-year, season or year; null when the text has the shape of none. */
    private static Period single(String text) {
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            return day(number(m, 3), number(m, 2), number(m, 1));
        }
        if ((m = WHOLE_YEAR.matcher(text)).matches()) {
            return Period.year(number(m, 1));
        }
        if ((m = QUARTER_FIRST.matcher(text)).matches() || (m = QUARTER_WORDS.matcher(text)).matches()) {
            return Period.quarter(number(m, 2), number(m, 1));
        }
        if ((m = QUARTER_LAST.matcher(text)).matches()) {
            return Period.quarter(number(m, 1), number(m, 2));
        }
        if ((m = HALF_FIRST.matcher(text)).matches() || (m = HALF_WORDS.matcher(text)).matches()) {
            return Period.halfYear(number(m, 2), number(m, 1));
        }
        if ((m = HALF_LAST.matcher(text)).matches()) {
            return Period.halfYear(number(m, 1), number(m, 2));
        }
        if ((m = MONTH_NAMED.matcher(text)).matches()) {
            return Period.month(yearMonth(number(m, 2), month(m.group(1))));
        }
        if ((m = MONTH_NUMBERED.matcher(text)).matches()) {
            return Period.month(Period.yearMonthOf(number(m, 2), number(m, 1)));
        }
        if ((m = SEASON_NAMED.matcher(text)).matches()) {
            return Period.season(season(m.group(1)), number(m, 2));
        }
        if ((m = WINTER_TWO_YEARS.matcher(text)).matches()) {
            return Period.season(Season.WINTER, seasonYear(Season.WINTER, m.group(1), m.group(2)));
        }
        return null;
    }

    private static boolean isSingle(String text) {
        for (Pattern pattern : List.of(DAY, WHOLE_YEAR, QUARTER_FIRST, QUARTER_LAST, QUARTER_WORDS, HALF_FIRST, HALF_LAST,
                HALF_WORDS, MONTH_NAMED, MONTH_NUMBERED, SEASON_NAMED, WINTER_TWO_YEARS)) {
            if (pattern.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "kevät 2021 – kesäkuu 2021", "2022 – kevät 2023", "29.12.2023–5.1.2024": two single periods joined by a
     * dash, split at the first dash that leaves a single period on both sides.
     */
    private static Period rangeOfTwoSingles(String text) {
        for (int dash = text.indexOf('-', 1); dash > 0 && dash < text.length() - 1; dash = text.indexOf('-', dash + 1)) {
            String first = text.substring(0, dash);
            String last = text.substring(dash + 1);
            if (isSingle(first) && isSingle(last)) {
                return Period.range(single(first), single(last));
            }
        }
        return null;
    }

    /** "2023–2025" (years), "vuodet 2019–2023" (years), "2019–2023" and "hallituskausi 2019–2023" (a term). */
    private static Period years(boolean term, boolean years, int first, int last) {
        if (term) {
            return Period.term(first, last);
        }
        if (!years && last - first == Period.TERM_LENGTH_YEARS && Period.isElectionYear(first)) {
            return Period.term(first, last);
        }
        return Period.yearRange(first, last);
    }

    private static Period openEnded(String start) {
        Period from = single(start);
        if (from == null) {
            throw new InvalidPeriodException("an open-ended period starts with one single period (a day, month, quarter,"
                    + " half-year, season or year), as in \"kevät 2023 –\" or \"2022 ->\"");
        }
        return Period.openEnded(from);
    }

    /**
     * "kesä–syksy 2022": both in 2022. A winter at the start is the one ending in that year ("talvi–kevät
     * 2023" starts in December 2022), a winter at the end the one starting in it.
     */
    private static Period seasonRangeInOneYear(Season first, Season last, int year) {
        if (first == Season.WINTER && last == Season.WINTER) {
            throw new InvalidPeriodException("\"talvi–talvi\" names one season twice; write e.g. talvi 2022–2023 – talvi 2023–2024");
        }
        int firstYear = first == Season.WINTER ? year - 1 : year;
        return Period.seasonRange(first, firstYear, last, year);
    }

    /** The year of a season; a winter may name both its years, the second being the first plus one. */
    private static int seasonYear(Season season, String year, String secondYear) {
        int first = Integer.parseInt(year);
        if (secondYear == null) {
            return first;
        }
        int second = Integer.parseInt(secondYear);
        if (season != Season.WINTER) {
            throw new InvalidPeriodException("only a winter spans two years (talvi 2023–2024); "
                    + SEASONS.get(season.ordinal()) + " " + first + "–" + second + " is not a season");
        }
        if (second != first + 1) {
            throw new InvalidPeriodException("a winter spans two consecutive years (talvi 2023–2024), not " + first + "–" + second);
        }
        return first;
    }

    private static Period day(int year, int month, int day) {
        return Period.day(Period.dateOf(year, month, day));
    }

    private static YearMonth yearMonth(int year, int month) {
        return Period.yearMonthOf(year, month);
    }

    /** The month number (1–12) of a Finnish month name or stem the patterns accepted. */
    private static int month(String nameOrStem) {
        int index = MONTHS.indexOf(nameOrStem);
        return (index >= 0 ? index : MONTH_STEMS.indexOf(nameOrStem)) + 1;
    }

    private static Season season(String name) {
        return Season.values()[SEASONS.indexOf(name)];
    }

    /** A group of at most four ASCII digits, so parsing cannot fail. */
    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
