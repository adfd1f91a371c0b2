package fi.tiekartta.kernel.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodCanonicalFormTest {

    static Stream<Arguments> one_period_of_every_kind() {
        return Stream.of(
                Arguments.of("2023-05-17", Period.day(LocalDate.of(2023, 5, 17)), Precision.DAY),
                Arguments.of("2024-02-29", Period.day(LocalDate.of(2024, 2, 29)), Precision.DAY),
                Arguments.of("2021-09", Period.month(YearMonth.of(2021, 9)), Precision.MONTH),
                Arguments.of("2021-09/2022-05", Period.monthRange(YearMonth.of(2021, 9), YearMonth.of(2022, 5)), Precision.MONTH_RANGE),
                Arguments.of("2023-Q2", Period.quarter(2023, 2), Precision.QUARTER),
                Arguments.of("2025-H2", Period.halfYear(2025, 2), Precision.HALF_YEAR),
                Arguments.of("2023-spring", Period.season(Season.SPRING, 2023), Precision.SEASON),
                Arguments.of("2023-summer", Period.season(Season.SUMMER, 2023), Precision.SEASON),
                Arguments.of("2023-autumn", Period.season(Season.AUTUMN, 2023), Precision.SEASON),
                Arguments.of("2023-winter", Period.season(Season.WINTER, 2023), Precision.SEASON),
                Arguments.of("2022-summer/2022-autumn", Period.seasonRange(Season.SUMMER, 2022, Season.AUTUMN, 2022), Precision.SEASON_RANGE),
                Arguments.of("2022-autumn/2023-spring", Period.seasonRange(Season.AUTUMN, 2022, Season.SPRING, 2023), Precision.SEASON_RANGE),
                Arguments.of("2022-autumn/2022-winter", Period.seasonRange(Season.AUTUMN, 2022, Season.WINTER, 2022), Precision.SEASON_RANGE),
                Arguments.of("2022-winter/2023-spring", Period.seasonRange(Season.WINTER, 2022, Season.SPRING, 2023), Precision.SEASON_RANGE),
                Arguments.of("2022", Period.year(2022), Precision.YEAR),
                Arguments.of("2023/2025", Period.yearRange(2023, 2025), Precision.YEAR_RANGE),
                Arguments.of("2019/2023", Period.yearRange(2019, 2023), Precision.YEAR_RANGE),
                Arguments.of("2021/2022", Period.range(Period.year(2021), Period.year(2022)), Precision.YEAR_RANGE),
                Arguments.of("2021-spring/2022", Period.range(Period.season(Season.SPRING, 2021), Period.year(2022)), Precision.RANGE),
                Arguments.of("2023-03-29/2023-04-24", Period.range(Period.day(LocalDate.of(2023, 3, 29)), Period.day(LocalDate.of(2023, 4, 24))),
                        Precision.RANGE),
                Arguments.of("2023-Q2/2024-Q1", Period.range(Period.quarter(2023, 2), Period.quarter(2024, 1)), Precision.RANGE),
                Arguments.of("2022/2023-spring", Period.range(Period.year(2022), Period.season(Season.SPRING, 2023)), Precision.RANGE),
                Arguments.of("2021-09/2022-H1", Period.range(Period.month(YearMonth.of(2021, 9)), Period.halfYear(2022, 1)), Precision.RANGE),
                Arguments.of("term-2023-2027", Period.term(2023, 2027), Precision.TERM),
                Arguments.of("term-2019-2023", Period.term(2019, 2023), Precision.TERM),
                Arguments.of("2023-spring/..", Period.openEnded(Period.season(Season.SPRING, 2023)), Precision.OPEN_ENDED),
                Arguments.of("2022/..", Period.openEnded(Period.year(2022)), Precision.OPEN_ENDED),
                Arguments.of("2023-05-17/..", Period.openEnded(Period.day(LocalDate.of(2023, 5, 17))), Precision.OPEN_ENDED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("one_period_of_every_kind")
    void every_kind_round_trips_through_its_canonical_text(String canonical, Period built, Precision precision) {
        Period parsed = Period.parse(canonical);

        assertThat(parsed).isEqualTo(built);
        assertThat(parsed.precision()).isEqualTo(precision);
        assertThat(parsed.toString()).isEqualTo(canonical);
        assertThat(built.toString()).isEqualTo(canonical);
        assertThat(Period.valueOf(canonical)).isEqualTo(built);
    }

    @Test
    void the_examples_cover_every_kind() {
        Set<Precision> covered = one_period_of_every_kind()
                .map(arguments -> (Precision) arguments.get()[2])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Precision.class)));

        assertThat(covered).containsExactlyInAnyOrder(Precision.values());
    }

    @Test
    void the_canonical_text_is_ascii() {
        one_period_of_every_kind().forEach(arguments ->
                assertThat(arguments.get()[1].toString()).matches("\\p{ASCII}+"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_period_is_refused_with_a_message_that_says_what_was_expected(String missing) {
        assertThatThrownBy(() -> Period.parse(missing))
                .isInstanceOf(InvalidPeriodException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A period is required")
                .hasMessageContaining("expected a canonical period")
                .hasMessageContaining("2023-05-17");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalid_canonical_texts")
    void an_invalid_canonical_text_is_refused_saying_why(String text, String reason) {
        assertThatThrownBy(() -> Period.parse(text))
                .isExactlyInstanceOf(InvalidPeriodException.class)
                .hasMessageStartingWith("Invalid period \"" + text + "\": ")
                .hasMessageContaining(reason);
    }

    static Stream<Arguments> invalid_canonical_texts() {
        return Stream.of(
                Arguments.of("2023-13", "a month is 1–12"),
                Arguments.of("2023-00", "a month is 1–12"),
                Arguments.of("2023-Q5", "a quarter is 1, 2, 3 or 4, not 5"),
                Arguments.of("2023-Q0", "a quarter is 1, 2, 3 or 4, not 0"),
                Arguments.of("2025-H3", "a half-year is 1 or 2, not 3"),
                Arguments.of("2022-05/2021-09", "must run forward, but 2021-09 is before 2022-05"),
                Arguments.of("2021-09/2021-09", "a range of one month is a month: write 2021-09"),
                Arguments.of("2023-spring/2022-autumn", "must run forward"),
                Arguments.of("2023-spring/2023-spring", "a range of one season is a season: write 2023-spring"),
                Arguments.of("2023-fall", "a season is spring, summer, autumn or winter, not \"fall\""),
                Arguments.of("2023-02-29", "2023 is not a leap year"),
                Arguments.of("2023-04-31", "no such day: 31.4.2023"),
                Arguments.of("2023-05-00", "no such day"),
                Arguments.of("0999", "a year has four digits, 1000–9999"),
                Arguments.of("term-2023-2026", "a government term runs 4 years"),
                Arguments.of("term-2027-2023", "a government term runs 4 years"),
                Arguments.of("kevät", "expected a canonical period"),
                Arguments.of("kevät 2023", "expected a canonical period"),
                Arguments.of("2023-5", "expected a canonical period"),
                Arguments.of("2023-05-7", "expected a canonical period"),
                Arguments.of("23", "expected a canonical period"),
                Arguments.of("2023-2027", "expected a canonical period"),
                Arguments.of("2023-1Q", "expected a canonical period"),
                Arguments.of("2025/2023", "a year range must run forward, but 2023 is before 2025"),
                Arguments.of("2023/2023", "a range of one year is a year: write 2023"),
                Arguments.of("2022/2021-spring", "a range must run forward"),
                Arguments.of("2021-spring/2021", "a range must run forward"),
                Arguments.of("2023-05-17/2023-05-17", "a range of one day is that day: write 2023-05-17"),
                Arguments.of("2023-Q2/2023-Q2", "a range of one quarter is that quarter"),
                Arguments.of("2021-09/2022-05/..", "an open-ended period starts with one single period"),
                Arguments.of("term-2023-2027/..", "expected a canonical period"),
                Arguments.of("term-2021-2025", "2021 is not one"),
                Arguments.of("../2023", "expected a canonical period"),
                Arguments.of("2023/", "expected a canonical period"),
                Arguments.of("2021/2022/2023", "expected a canonical period"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" 2023", "2023 ", "2023-q2", "2025-h2", "2023-Spring", "TERM-2023-2027", "2023-05-17T00:00",
            "２０２３", "2023-05 / 2023-07", "+2023-05-17",
            "2023-spring/...", "2023-spring/ ..", "2023-spring/", "2023/2025 ", "2023–2025", "2021-spring/2022-12-31T00:00"})
    void the_canonical_text_is_read_strictly_so_each_period_has_exactly_one(String almostCanonical) {
        assertThatThrownBy(() -> Period.parse(almostCanonical)).isInstanceOf(InvalidPeriodException.class);
    }

    @ParameterizedTest
    @CsvSource({"kevät 2023, 2023-spring", "syyskuu 2021–toukokuu 2022, 2021-09/2022-05", "17.5.2023, 2023-05-17",
            "Kevät 2023 –, 2023-spring/..", "2023–2025, 2023/2025", "kevät 2021–2022, 2021-spring/2022"})
    void a_finnish_form_is_refused_naming_its_canonical_form(String finnish, String canonical) {
        assertThatThrownBy(() -> Period.parse(finnish))
                .isExactlyInstanceOf(InvalidPeriodException.class)
                .hasMessageStartingWith("Invalid period \"" + finnish + "\": ")
                .hasMessageEndingWith("(it reads as the Finnish form of " + canonical + ": give that)");
    }

    @Test
    void factories_refuse_invalid_parts_with_the_same_exception() {
        assertThatThrownBy(() -> Period.monthRange(YearMonth.of(2022, 5), YearMonth.of(2021, 9)))
                .isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> Period.seasonRange(Season.WINTER, 2022, Season.WINTER, 2022))
                .isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> Period.season(null, 2023))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("season is required");
        assertThatThrownBy(() -> Period.day(LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("four digits");
        assertThatThrownBy(() -> Period.term(2023, 2025))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("2023–2025");
    }

    @Test
    void a_range_that_crosses_a_year_round_trips() {
        assertThat(Period.parse("2022-autumn/2023-spring").toString()).isEqualTo("2022-autumn/2023-spring");
        assertThat(Period.parse("2021-11/2022-03").toString()).isEqualTo("2021-11/2022-03");
    }

    @Test
    void every_season_round_trips_in_every_position_of_a_range() {
        for (Season first : Season.values()) {
            for (Season last : Season.values()) {
                for (int lastYear = 2022; lastYear <= 2023; lastYear++) {
                    if (Season.sequence(last, lastYear) <= Season.sequence(first, 2022)) {
                        continue;
                    }
                    Period range = Period.seasonRange(first, 2022, last, lastYear);
                    assertThat(range.toString()).isEqualTo("2022-" + first.canonicalName() + "/" + lastYear + "-" + last.canonicalName());
                    assertThat(Period.parse(range.toString())).isEqualTo(range);
                }
            }
        }
        assertThat(Arrays.stream(Season.values()).map(Season::canonicalName))
                .containsExactly("spring", "summer", "autumn", "winter");
    }
}
