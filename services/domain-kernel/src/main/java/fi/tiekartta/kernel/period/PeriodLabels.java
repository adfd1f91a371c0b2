package fi.tiekartta.kernel.period;

import java.time.YearMonth;
import java.util.List;

/**
 * The labels of periods in Finnish, Swedish and English. Ranges join single words with a closed en
 * dash ("kesä–syksy 2022") and phrases with a spaced one ("syyskuu 2021 – toukokuu 2022"). A winter on
 * its own names both its years ("talvi 2023–2024"), because readers take "talvi 2023" either way.
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
            case TERM -> term(period.start().getYear(), period.end().getYear(), language);
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

    private static String term(int firstYear, int lastYear, Language language) {
        String years = firstYear + DASH + lastYear;
        return switch (language) {
            case FI -> "hallituskausi " + years;
            case SV -> "regeringsperioden " + years;
            case EN -> "government term " + years;
        };
    }
}
