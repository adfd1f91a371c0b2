package fi.tiekartta.kernel.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodBoundsAndOrderTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} = {1}..{2}")
    @CsvSource({
            "2023-05-17,              2023-05-17, 2023-05-17",
            "2021-09,                 2021-09-01, 2021-09-30",
            "2024-02,                 2024-02-01, 2024-02-29",
            "2023-02,                 2023-02-01, 2023-02-28",
            "2021-09/2022-05,         2021-09-01, 2022-05-31",
            "2023-Q1,                 2023-01-01, 2023-03-31",
            "2023-Q2,                 2023-04-01, 2023-06-30",
            "2023-Q4,                 2023-10-01, 2023-12-31",
            "2025-H1,                 2025-01-01, 2025-06-30",
            "2025-H2,                 2025-07-01, 2025-12-31",
            "2023-spring,             2023-03-01, 2023-05-31",
            "2023-summer,             2023-06-01, 2023-08-31",
            "2023-autumn,             2023-09-01, 2023-11-30",
            "2022-winter,             2022-12-01, 2023-02-28",
            "2023-winter,             2023-12-01, 2024-02-29",
            "2022-summer/2022-autumn, 2022-06-01, 2022-11-30",
            "2022-autumn/2023-spring, 2022-09-01, 2023-05-31",
            "2022-autumn/2022-winter, 2022-09-01, 2023-02-28",
            "2022,                    2022-01-01, 2022-12-31",
            "2023/2025,               2023-01-01, 2025-12-31",
            "2019/2023,               2019-01-01, 2023-12-31",
            "2021-spring/2022,        2021-03-01, 2022-12-31",
            "2023-03-29/2023-04-24,   2023-03-29, 2023-04-24",
            "2023-Q2/2024-Q1,         2023-04-01, 2024-03-31",
            "term-2019-2023,          2019-06-06, 2023-06-20",
            "term-2023-2027,          2023-06-20, 2027-12-31",
            "term-2027-2031,          2027-04-18, 2031-12-31",
            "term-2031-2035,          2031-01-01, 2035-12-31",
            "2023-spring/..,          2023-03-01, 9999-12-31",
            "2022/..,                 2022-01-01, 9999-12-31"})
    void each_period_has_inclusive_calendar_bounds(String canonical, String start, String end) {
        Period period = Period.parse(canonical);

        assertThat(period.start()).isEqualTo(date(start));
        assertThat(period.end()).isEqualTo(date(end));
    }

    @Test
    void a_season_keeps_its_precision_and_spans_three_months() {
        Period spring = Period.parseFinnish("kevät 2023");

        assertThat(spring.precision()).isEqualTo(Precision.SEASON);
        assertThat(spring.start()).isEqualTo(date("2023-03-01"));
        assertThat(spring.end()).isEqualTo(date("2023-05-31"));
        assertThat(spring).isNotEqualTo(Period.monthRange(YearMonth.of(2023, 3), YearMonth.of(2023, 5)));
        assertThat(spring.toString()).isEqualTo("2023-spring");
    }

    @Test
    void winter_starts_in_december_of_its_year_and_ends_in_february_of_the_next() {
        Period winter = Period.season(Season.WINTER, 2023);

        assertThat(winter.contains(date("2023-11-30"))).isFalse();
        assertThat(winter.contains(date("2023-12-01"))).isTrue();
        assertThat(winter.contains(date("2024-01-15"))).isTrue();
        assertThat(winter.contains(date("2024-02-29"))).isTrue();
        assertThat(winter.contains(date("2024-03-01"))).isFalse();
        assertThat(winter).isGreaterThan(Period.season(Season.AUTUMN, 2023)).isLessThan(Period.season(Season.SPRING, 2024));
    }

    @Test
    void a_season_range_across_the_new_year_includes_the_winter_between() {
        Period range = Period.parse("2022-autumn/2023-spring");

        assertThat(range.contains(date("2023-01-10"))).isTrue();
        assertThat(range.end()).isEqualTo(date("2023-05-31"));
    }

    @Test
    void the_leap_day_is_a_day_in_a_leap_year_only() {
        assertThat(Period.parse("2024-02-29").start()).isEqualTo(date("2024-02-29"));
        assertThat(Period.parseFinnish("29.2.2024")).isEqualTo(Period.parse("2024-02-29"));
        assertThatThrownBy(() -> Period.parse("2023-02-29")).isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> Period.parseFinnish("29.2.2023")).isInstanceOf(InvalidPeriodException.class);
        assertThat(Period.parse("2000-02-29").end()).isEqualTo(date("2000-02-29"));
        assertThatThrownBy(() -> Period.parse("2100-02-29")).isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void a_period_has_ended_before_a_day_only_when_its_last_day_is_earlier() {
        Period may = Period.parse("2023-05");

        assertThat(may.hasEndedBefore(date("2023-05-30"))).isFalse();
        assertThat(may.hasEndedBefore(date("2023-05-31"))).as("on its last day").isFalse();
        assertThat(may.hasEndedBefore(date("2023-06-01"))).as("the day after").isTrue();
        assertThat(may.hasEndedBefore(date("2023-04-30"))).as("before it began").isFalse();
    }

    @Test
    void a_day_has_ended_before_the_next_day_but_not_before_itself() {
        Period networkDay = Period.parseFinnish("17.5.2023");

        assertThat(networkDay.hasEndedBefore(date("2023-05-17"))).isFalse();
        assertThat(networkDay.hasEndedBefore(date("2023-05-18"))).isTrue();
    }

    @Test
    void a_spring_milestone_is_overdue_from_the_first_of_june() {
        Period spring = Period.parseFinnish("Kevät 2023");

        assertThat(spring.hasEndedBefore(date("2023-05-31"))).isFalse();
        assertThat(spring.hasEndedBefore(date("2023-06-01"))).isTrue();
    }

    @Test
    void a_winter_has_ended_only_after_february_of_the_next_year() {
        Period winter = Period.season(Season.WINTER, 2023);

        assertThat(winter.hasEndedBefore(date("2024-02-29"))).isFalse();
        assertThat(winter.hasEndedBefore(date("2024-03-01"))).isTrue();
    }

    @Test
    void a_term_runs_from_the_day_its_first_government_was_appointed_to_the_day_the_next_term_began() {
        Period term = Period.parseFinnish("2019–2023");

        assertThat(term).isEqualTo(Period.term(2019, 2023));
        assertThat(term.start()).isEqualTo(date("2019-06-06"));
        assertThat(term.end()).isEqualTo(date("2023-06-20"));
        assertThat(term.contains(date("2019-06-05"))).isFalse();
        assertThat(term.contains(date("2019-06-06"))).isTrue();
        assertThat(term.hasEndedBefore(date("2023-06-20"))).isFalse();
        assertThat(term.hasEndedBefore(date("2023-06-21"))).isTrue();
    }

    @Test
    void a_term_whose_end_is_not_known_yet_ends_with_its_last_election_year_so_it_is_never_overdue_early() {
        Period term = Period.parseFinnish("2023–2027");

        assertThat(term.start()).as("Orpo's government, appointed 20.6.2023").isEqualTo(date("2023-06-20"));
        assertThat(term.hasEndedBefore(date("2027-12-31"))).isFalse();
        assertThat(term.hasEndedBefore(date("2028-01-01"))).isTrue();
        assertThat(term.contains(date("2023-06-20"))).isTrue();
        assertThat(term.contains(date("2023-06-19"))).isFalse();
    }

    @Test
    void a_term_not_yet_begun_starts_on_its_election_day_and_one_not_in_the_reference_data_with_its_first_year() {
        assertThat(Period.term(2027, 2031).start()).as("election day 18.4.2027").isEqualTo(date("2027-04-18"));
        assertThat(Period.term(2027, 2031).end()).isEqualTo(date("2031-12-31"));
        assertThat(Period.term(2015, 2019).start()).isEqualTo(date("2015-01-01"));
        assertThat(Period.term(2015, 2019).end()).isEqualTo(date("2019-12-31"));
    }

    @Test
    void consecutive_terms_meet_on_the_day_the_new_government_is_appointed() {
        assertThat(Period.term(2019, 2023).end()).isEqualTo(Period.term(2023, 2027).start());
        assertThat(Period.term(2019, 2023)).isLessThan(Period.term(2023, 2027));
    }

    @Test
    void contains_includes_both_bounds() {
        Period range = Period.parse("2021-09/2022-05");

        assertThat(range.contains(date("2021-08-31"))).isFalse();
        assertThat(range.contains(date("2021-09-01"))).isTrue();
        assertThat(range.contains(date("2022-05-31"))).isTrue();
        assertThat(range.contains(date("2022-06-01"))).isFalse();
    }

    @Test
    void periods_with_the_same_start_put_the_finer_one_first() {
        List<Period> sameStart = new ArrayList<>(Stream.of("2023", "2023-H1", "2023-Q1", "2023-01", "2023-01-01", "2023-01/2023-02")
                .map(Period::parse).toList());
        Collections.shuffle(sameStart, new Random(7));
        Collections.sort(sameStart);

        assertThat(sameStart).extracting(Period::toString)
                .containsExactly("2023-01-01", "2023-01", "2023-01/2023-02", "2023-Q1", "2023-H1", "2023");
    }

    @Test
    void a_year_comes_before_its_spring_because_it_starts_earlier() {
        assertThat(Period.parse("2023")).isLessThan(Period.parse("2023-spring"));
        assertThat(Period.parse("2023-spring")).isLessThan(Period.parse("2023-Q2"));
        assertThat(Period.parse("2023-spring/2023-summer")).isGreaterThan(Period.parse("2023-spring"));
    }

    @Test
    void periods_with_the_same_bounds_are_ordered_by_precision_and_are_not_equal() {
        Period months = Period.parse("2023-04/2023-06");
        Period quarter = Period.parse("2023-Q2");
        Period springMonths = Period.parse("2023-03/2023-05");
        Period spring = Period.parse("2023-spring");
        Period twelveMonths = Period.parse("2022-01/2022-12");
        Period year = Period.parse("2022");

        assertThat(months.start()).isEqualTo(quarter.start());
        assertThat(months.end()).isEqualTo(quarter.end());
        assertThat(months).isLessThan(quarter).isNotEqualTo(quarter);
        assertThat(springMonths).isLessThan(spring).isNotEqualTo(spring);
        assertThat(twelveMonths).isLessThan(year).isNotEqualTo(year);
        assertThat(Period.parse("2022-06/2022-11")).isLessThan(Period.parse("2022-summer/2022-autumn"));
        assertThat(Period.parse("2023-01/2027-12")).isLessThan(Period.parse("term-2023-2027"));
    }

    @Test
    void the_mixed_periods_of_the_seed_documents_sort_into_a_timeline() {
        List<Period> periods = new ArrayList<>(Stream.of("17.5.2023", "Kevät 2023", "Vuosi 2022", "Kesä-syksy 2022",
                        "Syyskuu 2021–toukokuu 2022", "Tammi–maaliskuu 2021", "2023–2027", "Kevät-kesä 2021", "Maalis–syyskuu 2021")
                .map(Period::parseFinnish).toList());
        Collections.reverse(periods);
        Collections.sort(periods);

        assertThat(periods).extracting(Period::toString).containsExactly(
                "2021-01/2021-03", "2021-spring/2021-summer", "2021-03/2021-09", "2021-09/2022-05", "2022",
                "2022-summer/2022-autumn", "2023-spring", "2023-05-17", "term-2023-2027");
    }

    @Test
    void order_is_consistent_with_equals() {
        Period a = Period.parse("2022-summer/2022-autumn");
        Period b = Period.parseFinnish("Kesä-syksy 2022");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
        assertThat(Period.parse("2023-04/2023-06").compareTo(Period.parse("2023-Q2"))).isNotZero();
    }

    @Test
    void periods_of_different_kinds_or_bounds_are_not_equal() {
        assertThat(Period.parse("2023-05")).isNotEqualTo(Period.parse("2023-06"));
        assertThat(Period.parse("2023-05")).isNotEqualTo(Period.parse("2023-05-01"));
        assertThat(Period.parse("2023-05")).isNotEqualTo("2023-05");
    }
}
