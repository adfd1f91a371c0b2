package fi.tiekartta.kernel.period;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes and strictly reads the canonical ASCII text of a {@link Period}. */
final class CanonicalPeriodFormat {

    static final String EXPECTED = "expected a canonical period: 2023-05-17 (day), 2021-09 (month), 2021-09/2022-05 (month range),"
            + " 2023-Q2 (quarter), 2025-H2 (half-year), 2023-spring (season: spring, summer, autumn or winter),"
            + " 2022-summer/2022-autumn (season range), 2022 (year), 2023/2025 (year range), 2021-spring/2022 (range of"
            + " two single periods), term-2023-2027 (government term) or 2023-spring/.. (open-ended)";

    /** What follows the slash of an open-ended period: {@code 2023-spring/..}. */
    static final String OPEN = "..";

    private static final String YEAR = "([0-9]{4})";
    private static final Pattern DAY = Pattern.compile(YEAR + "-([0-9]{2})-([0-9]{2})");
    private static final Pattern MONTH = Pattern.compile(YEAR + "-([0-9]{2})");
    private static final Pattern QUARTER = Pattern.compile(YEAR + "-Q([0-9])");
    private static final Pattern HALF_YEAR = Pattern.compile(YEAR + "-H([0-9])");
    private static final Pattern SEASON = Pattern.compile(YEAR + "-([a-z]+)");
    private static final Pattern WHOLE_YEAR = Pattern.compile(YEAR);
    private static final Pattern TERM = Pattern.compile("term-" + YEAR + "-" + YEAR);

    private CanonicalPeriodFormat() {
    }

    static String format(Period period) {
        int year = period.start().getYear();
        return switch (period.precision()) {
            case DAY -> period.start().toString();
            case MONTH -> period.firstMonth().toString();
            case QUARTER -> year + "-Q" + period.quarterNumber();
            case HALF_YEAR -> year + "-H" + period.halfNumber();
            case SEASON -> year + "-" + period.firstSeason().canonicalName();
            case YEAR -> Integer.toString(year);
            case MONTH_RANGE, SEASON_RANGE, YEAR_RANGE, RANGE -> format(period.first()) + "/" + format(period.last());
            case TERM -> "term-" + year + "-" + period.end().getYear();
            case OPEN_ENDED -> format(period.first()) + "/" + OPEN;
        };
    }

    static Period parse(String text) {
        if (text == null) {
            throw new InvalidPeriodException("A period is required, but it is missing (null); " + EXPECTED);
        }
        if (text.isEmpty()) {
            throw new InvalidPeriodException("A period is required, but it is empty; " + EXPECTED);
        }
        try {
            return read(text);
        } catch (InvalidPeriodException e) {
            throw new InvalidPeriodException(text, e.reason(), e.isSpecific());
        }
    }

    private static Period read(String text) {
        Matcher m;
        if ((m = TERM.matcher(text)).matches()) {
            return Period.term(number(m, 1), number(m, 2));
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return single(text);
        }
        String first = text.substring(0, slash);
        String last = text.substring(slash + 1);
        if (last.equals(OPEN)) {
            return Period.openEnded(single(first));
        }
        if (text.endsWith("/" + OPEN)) {
            throw new InvalidPeriodException("an open-ended period starts with one single period (a day, month, quarter,"
                    + " half-year, season or year), e.g. 2023-spring/.., not with " + text.substring(0, text.length() - 3));
        }
        return Period.range(single(first), single(last));
    }

    /** A day, month, quarter, half-year, season or year. */
    private static Period single(String text) {
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            return Period.day(Period.dateOf(number(m, 1), number(m, 2), number(m, 3)));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return Period.month(Period.yearMonthOf(number(m, 1), number(m, 2)));
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            return Period.quarter(number(m, 1), number(m, 2));
        }
        if ((m = HALF_YEAR.matcher(text)).matches()) {
            return Period.halfYear(number(m, 1), number(m, 2));
        }
        if ((m = SEASON.matcher(text)).matches()) {
            return Period.season(season(m.group(2)), number(m, 1));
        }
        if ((m = WHOLE_YEAR.matcher(text)).matches()) {
            return Period.year(number(m, 1));
        }
        throw InvalidPeriodException.unrecognised(EXPECTED);
    }

    private static Season season(String name) {
        Season season = Season.ofCanonicalName(name);
        if (season == null) {
            throw new InvalidPeriodException("a season is spring, summer, autumn or winter, not \"" + name + "\"");
        }
        return season;
    }

    /** A group of at most four ASCII digits, so parsing cannot fail. */
    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
