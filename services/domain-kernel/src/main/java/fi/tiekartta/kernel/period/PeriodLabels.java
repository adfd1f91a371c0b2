package fi.tiekartta.kernel.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The labels of periods in Finnish, Swedish and English. Ranges join single words with a closed en
 * dash ("kesä–syksy 2022", "vuodet 2023–2025", "kevät 2021–2022", "29.3.–24.4.2023") and phrases with a
 * spaced one ("syyskuu 2021 – toukokuu 2022"). A winter on its own names both its years ("talvi
 * 2023–2024"), because readers take "talvi 2023" either way. An open-ended period is "kevät 2023 alkaen" /
 * "från våren 2023" / "from spring 2023". Every Finnish label reads back ({@link FinnishPeriodParser}).
 */
final class PeriodLabels {

    private static final String DASH = "\u2013";
    private static final String SPACED_DASH = " " + DASH + " ";

    private static final List<String> SV_MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december");
    private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> SV_SEASONS = List.of("våren", "sommaren", "hösten", "vintern");
    private static final List<String> EN_SEASONS = List.of("spring", "summer", "autumn", "winter");

    private PeriodLabels() {
    }

    static String label(Period period, Language language) {
        return switch (period.precision()) {
            case DAY -> day(period, language);
            case MONTH -> month(period.firstMonth(), language);
            case MONTH_RANGE -> monthRange(period.firstMonth(), period.lastMonth(), language);
            case QUARTER -> quarter(period.start().getYear(), period.quarterNumber(), language);
            case HALF_YEAR -> halfYear(period.start().getYear(), period.halfNumber(), language);
            case SEASON -> season(period.firstSeason(), period.firstSeasonYear(), language);
            case SEASON_RANGE -> seasonRange(period, language);
            case YEAR -> year(period.start().getYear(), language);
            case YEAR_RANGE -> yearRange(period.start().getYear(), period.end().getYear(), language);
            case RANGE -> range(period.first(), period.last(), language);
            case TERM -> term(period.start().getYear(), period.end().getYear(), language);
            case OPEN_ENDED -> openEnded(period.first(), language);
        };
    }

    static String monthNameEnglish(int month) {
        return EN_MONTHS.get(month - 1);
    }

    private static String day(Period period, Language language) {
        var date = period.start();
        return switch (language) {
            case FI, SV -> date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
            case EN -> date.getDayOfMonth() + " " + monthNameEnglish(date.getMonthValue()) + " " + date.getYear();
        };
    }

    private static String month(YearMonth month, Language language) {
        return monthName(month.getMonthValue(), language) + " " + month.getYear();
    }

    private static String monthRange(YearMonth first, YearMonth last, Language language) {
        if (first.getYear() != last.getYear()) {
            return month(first, language) + SPACED_DASH + month(last, language);
        }
        String firstName = language == Language.FI
                ? FinnishPeriodParser.MONTH_STEMS.get(first.getMonthValue() - 1)
                : monthName(first.getMonthValue(), language);
        return firstName + DASH + monthName(last.getMonthValue(), language) + " " + last.getYear();
    }

    private static String monthName(int month, Language language) {
        return switch (language) {
            case FI -> FinnishPeriodParser.MONTHS.get(month - 1);
            case SV -> SV_MONTHS.get(month - 1);
            case EN -> EN_MONTHS.get(month - 1);
        };
    }

    private static String quarter(int year, int quarter, Language language) {
        return switch (language) {
            case FI -> year + " Q" + quarter;
            case SV, EN -> "Q" + quarter + " " + year;
        };
    }

    private static String halfYear(int year, int half, Language language) {
        return switch (language) {
            case FI -> half + ". vuosipuolisko " + year;
            case SV -> (half == 1 ? "första" : "andra") + " halvåret " + year;
            case EN -> (half == 1 ? "first" : "second") + " half of " + year;
        };
    }

    private static String season(Season season, int year, Language language) {
        String years = season == Season.WINTER ? year + DASH + (year + 1) : Integer.toString(year);
        return seasonName(season, language) + " " + years;
    }

    /**
     * "kesä–syksy 2022" when one year names both ends the way {@link Period#parseFinnish(String)} reads
     * it back (a winter at the start ends in that year, one at the end starts in it); otherwise both ends
     * in full: "syksy 2022 – kevät 2023".
     */
    private static String seasonRange(Period period, Language language) {
        Season first = period.firstSeason();
        int firstYear = period.firstSeasonYear();
        Season last = period.lastSeason();
        int lastYear = period.lastSeasonYear();
        boolean oneYear = first == Season.WINTER
                ? last != Season.WINTER && firstYear == lastYear - 1
                : firstYear == lastYear;
        if (oneYear) {
            return seasonName(first, language) + DASH + seasonName(last, language) + " " + lastYear;
        }
        return season(first, firstYear, language) + SPACED_DASH + season(last, lastYear, language);
    }

    private static String seasonName(Season season, Language language) {
        return switch (language) {
            case FI -> FinnishPeriodParser.SEASONS.get(season.ordinal());
            case SV -> SV_SEASONS.get(season.ordinal());
            case EN -> EN_SEASONS.get(season.ordinal());
        };
    }

    private static String year(int year, Language language) {
        return switch (language) {
            case FI -> "vuosi " + year;
            case SV -> "år " + year;
            case EN -> Integer.toString(year);
        };
    }

    private static String yearRange(int first, int last, Language language) {
        String years = first + DASH + last;
        return switch (language) {
            case FI -> "vuodet " + years;
            case SV -> "åren " + years;
            case EN -> years;
        };
    }

    /**
     * A range of two single periods of different kinds, or of days, quarters or half-years: "kevät
     * 2021–2022" (a season, not a winter, to a year: the source's own form), "29.3.–24.4.2023" (days), else
     * both ends in full joined by a spaced dash, a year as its number: "syyskuu 2021 – 2022", "2022 – kevät 2023".
     */
    private static String range(Period from, Period to, Language language) {
        if (from.precision() == Precision.DAY && to.precision() == Precision.DAY) {
            return dayRange(from.start(), to.start(), language);
        }
        if (from.precision() == Precision.SEASON && from.firstSeason() != Season.WINTER && to.precision() == Precision.YEAR) {
            return label(from, language) + DASH + to.start().getYear();
        }
        return end(from, language) + SPACED_DASH + end(to, language);
    }

    /** One end of a range: a year is its number ("2022 – kevät 2023"), any other single period its label. */
    private static String end(Period single, Language language) {
        return single.precision() == Precision.YEAR ? Integer.toString(single.start().getYear()) : label(single, language);
    }

    /** "3.–28.4.2023", "29.3.–24.4.2023", "29.12.2023–5.1.2024"; in English "3–28 April 2023", "29 March – 24 April 2023". */
    private static String dayRange(LocalDate first, LocalDate last, Language language) {
        boolean sameYear = first.getYear() == last.getYear();
        boolean sameMonth = sameYear && first.getMonth() == last.getMonth();
        if (language == Language.EN) {
            String lastText = last.getDayOfMonth() + " " + monthNameEnglish(last.getMonthValue()) + " " + last.getYear();
            if (sameMonth) {
                return first.getDayOfMonth() + DASH + lastText;
            }
            String firstText = first.getDayOfMonth() + " " + monthNameEnglish(first.getMonthValue()) + (sameYear ? "" : " " + first.getYear());
            return firstText + SPACED_DASH + lastText;
        }
        String lastText = last.getDayOfMonth() + "." + last.getMonthValue() + "." + last.getYear();
        String firstText = first.getDayOfMonth() + "." + (sameMonth ? "" : first.getMonthValue() + ".") + (sameYear ? "" : first.getYear());
        return firstText + DASH + lastText;
    }

    /** "kevät 2023 alkaen", "vuodesta 2022 alkaen"; "från våren 2023", "från 2022"; "from spring 2023", "from 2022". */
    private static String openEnded(Period from, Language language) {
        boolean year = from.precision() == Precision.YEAR;
        return switch (language) {
            case FI -> (year ? "vuodesta " + from.start().getYear() : label(from, language)) + " " + FinnishPeriodParser.FROM_ON;
            case SV -> "från " + end(from, language);
            case EN -> "from " + (from.precision() == Precision.HALF_YEAR ? "the " : "") + end(from, language);
        };
    }

    private static String term(int firstYear, int lastYear, Language language) {
        String years = firstYear + DASH + lastYear;
        return switch (language) {
            case FI -> "hallituskausi " + years;
            case SV -> "regeringsperioden " + years;
            case EN -> "government term " + years;
        };
    }
}
