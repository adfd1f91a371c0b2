package fi.tiekartta.kernel.period;

import fi.tiekartta.contracts.PeriodData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of every period, of every precision, for arbitrary periods: the canonical text and the Finnish
 * label read back to the same period, and the order is a total order consistent with equals that sorts by
 * start, then end.
 */
class PeriodPropertiesTest {

    private static final int TRIES = 2000;

    // ------------------------------------------------------------------------------------- round trips

    @Property(tries = TRIES)
    void the_canonical_text_reads_back_to_the_same_period(@ForAll("periods") Period period) {
        Statistics.collect(period.precision());
        String canonical = period.toString();

        assertThat(Period.parse(canonical)).isEqualTo(period);
        assertThat(Period.parse(canonical).toString()).isEqualTo(canonical);
        assertThat(canonical).matches("\\p{ASCII}+").doesNotContain(" ");
    }

    @Property(tries = TRIES)
    void the_finnish_label_reads_back_to_the_same_period(@ForAll("periods") Period period) {
        assertThat(Period.parseFinnish(period.label(Language.FI))).as(period.label(Language.FI)).isEqualTo(period);
    }

    @Property(tries = TRIES)
    void read_takes_both_the_canonical_text_and_the_finnish_label(@ForAll("periods") Period period) {
        assertThat(Period.read(period.toString())).isEqualTo(period);
        assertThat(Period.read(period.label(Language.FI))).isEqualTo(period);
        assertThat(Period.read(period.label(Language.FI).toUpperCase())).isEqualTo(period);
        assertThat(PeriodValue.read(period.label(Language.FI)).period()).isEqualTo(period);
    }

    @Property(tries = TRIES)
    void a_stored_value_keeps_the_period_and_its_bounds(@ForAll("periods") Period period) {
        PeriodValue value = new PeriodValue(period.toString(), null, null);

        assertThat(value.period()).isEqualTo(period);
        assertThat(value.start()).isEqualTo(period.start());
        assertThat(value.end()).isEqualTo(period.end());
    }

    @Property(tries = TRIES)
    void every_period_has_a_label_in_every_language_and_travels_as_its_canonical_text(@ForAll("periods") Period period) {
        PeriodData data = period.toData();

        for (Language language : Language.values()) {
            assertThat(period.label(language)).isNotBlank().isEqualTo(period.label(language).strip());
        }
        assertThat(data.value()).isEqualTo(period.toString());
        assertThat(data.precision()).isEqualTo(period.precision().name());
        assertThat(data.start()).isEqualTo(period.start());
        assertThat(data.end()).isEqualTo(period.isOpenEnded() ? null : period.end());
    }

    // ------------------------------------------------------------------------------------------ bounds

    @Property(tries = TRIES)
    void a_period_starts_no_later_than_it_ends_and_a_range_spans_its_ends(@ForAll("periods") Period period) {
        assertThat(period.start()).isBeforeOrEqualTo(period.end());
        assertThat(period.end()).isBeforeOrEqualTo(Period.OPEN_END);
        assertThat(period.from().start()).isEqualTo(period.start());
        period.to().ifPresent(to -> assertThat(to.end()).isEqualTo(period.end()));
        assertThat(period.to().isEmpty()).isEqualTo(period.isOpenEnded());
    }

    @Property(tries = TRIES)
    void an_open_ended_period_has_never_ended_before_any_day(@ForAll("openEnded") Period period, @ForAll("days") LocalDate day) {
        assertThat(period.isOpenEnded()).isTrue();
        assertThat(period.hasEndedBefore(day)).isFalse();
        assertThat(period.contains(day)).isEqualTo(!day.isBefore(period.start()));
    }

    @Property(tries = TRIES)
    void a_period_with_an_end_has_ended_before_exactly_the_days_after_it(@ForAll("periods") Period period, @ForAll("days") LocalDate day) {
        if (period.isOpenEnded()) {
            assertThat(period.hasEndedBefore(day)).isFalse();
        } else {
            assertThat(period.hasEndedBefore(day)).isEqualTo(period.end().isBefore(day));
            assertThat(period.contains(day)).isEqualTo(!day.isBefore(period.start()) && !day.isAfter(period.end()));
        }
    }

    // ------------------------------------------------------------------------------------------- order

    @Property(tries = TRIES)
    void the_order_is_antisymmetric_and_consistent_with_equals(@ForAll("periods") Period a, @ForAll("periods") Period b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(a.compareTo(a)).isZero();
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
            assertThat(a.toString()).isEqualTo(b.toString());
        } else {
            assertThat(a.toString()).as("each period has exactly one canonical text").isNotEqualTo(b.toString());
        }
    }

    @Property(tries = TRIES)
    void equal_texts_are_equal_periods(@ForAll("periods") Period a) {
        Period b = Period.parse(a.toString());

        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Property(tries = TRIES)
    void the_order_is_transitive(@ForAll("nearbyPeriods") Period a, @ForAll("nearbyPeriods") Period b, @ForAll("nearbyPeriods") Period c) {
        List<Period> sorted = new ArrayList<>(List.of(a, b, c));
        Collections.sort(sorted);

        assertThat(sorted.get(0).compareTo(sorted.get(1))).isNotPositive();
        assertThat(sorted.get(1).compareTo(sorted.get(2))).isNotPositive();
        assertThat(sorted.get(0).compareTo(sorted.get(2))).isNotPositive();
    }

    @Property(tries = TRIES)
    void the_order_sorts_by_start_then_end(@ForAll("nearbyPeriods") Period a, @ForAll("nearbyPeriods") Period b) {
        if (a.start().isBefore(b.start())) {
            assertThat(a).isLessThan(b);
        } else if (a.start().equals(b.start()) && a.end().isBefore(b.end())) {
            assertThat(a).isLessThan(b);
        }
    }

    @Property(tries = 200)
    void a_shuffled_list_sorts_into_one_order(@ForAll("nearbyPeriodLists") List<Period> periods, @ForAll long seed) {
        List<Period> sorted = new ArrayList<>(periods);
        Collections.sort(sorted);
        List<Period> shuffled = new ArrayList<>(periods);
        Collections.shuffle(shuffled, new Random(seed));
        Collections.sort(shuffled);

        assertThat(shuffled).isEqualTo(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            Period before = sorted.get(i - 1);
            Period after = sorted.get(i);
            assertThat(before.start()).isBeforeOrEqualTo(after.start());
            if (before.start().equals(after.start())) {
                assertThat(before.end()).isBeforeOrEqualTo(after.end());
            }
        }
    }

    // -------------------------------------------------------------------------------------- generators

    /** Years over the whole range, most of them near the sources' years, so that ranges often share a year. */
    private static Arbitrary<Integer> years() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(2019, 2024)),
                Tuple.of(1, Arbitraries.integers().between(Period.MIN_YEAR, Period.MAX_YEAR - 1)),
                Tuple.of(1, Arbitraries.of(Period.MIN_YEAR, Period.MAX_YEAR - 1)));
    }

    private static Arbitrary<Period> singles(Arbitrary<Integer> years) {
        Arbitrary<Period> days = Combinators.combine(years, Arbitraries.integers().between(1, 366))
                .as((year, day) -> Period.day(LocalDate.ofYearDay(year, Math.min(day, Year.of(year).length()))));
        Arbitrary<Period> months = Combinators.combine(years, Arbitraries.integers().between(1, 12))
                .as((year, month) -> Period.month(YearMonth.of(year, month)));
        Arbitrary<Period> quarters = Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(Period::quarter);
        Arbitrary<Period> halves = Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(Period::halfYear);
        Arbitrary<Period> seasons = Combinators.combine(Arbitraries.of(Season.class), years).as(Period::season);
        Arbitrary<Period> wholeYears = years.map(Period::year);
        return Arbitraries.oneOf(days, months, quarters, halves, seasons, wholeYears);
    }

    /** The range of two single periods, whichever way round runs forward; null when neither does. */
    private static Period rangeOf(Period a, Period b) {
        for (Period[] ends : new Period[][] {{a, b}, {b, a}}) {
            try {
                return Period.range(ends[0], ends[1]);
            } catch (InvalidPeriodException backwards) {
                // try the other way round
            }
        }
        return null;
    }

    /**
     * Ranges from a single period to another of the same kind a few units later (so that day ranges often lie
     * in one month, season ranges in one year or across a winter), or to a single period of any kind in the
     * same or one of the next two years.
     */
    private static Arbitrary<Period> ranges(Arbitrary<Integer> years) {
        return singles(years).flatMap(first -> {
            int year = first.start().getYear();
            Arbitrary<Period> sameKind = Arbitraries.integers().between(1, 8).map(units -> later(first, units));
            Arbitrary<Period> anyKind = singles(Arbitraries.integers().between(year, Math.min(year + 2, Period.MAX_YEAR - 1)))
                    .map(last -> rangeOf(first, last));
            return Arbitraries.oneOf(sameKind, anyKind);
        }).filter(Objects::nonNull);
    }

    /** The range from a single period to the one of its kind {@code units} later, or null past the last year. */
    private static Period later(Period first, int units) {
        try {
            Period last = switch (first.precision()) {
                case DAY -> Period.day(first.start().plusDays(units * 5L));
                case MONTH -> Period.month(YearMonth.from(first.start()).plusMonths(units));
                case QUARTER -> {
                    YearMonth month = YearMonth.from(first.start()).plusMonths(3L * units);
                    yield Period.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
                }
                case HALF_YEAR -> {
                    YearMonth month = YearMonth.from(first.start()).plusMonths(6L * units);
                    yield Period.halfYear(month.getYear(), month.getMonthValue() <= 6 ? 1 : 2);
                }
                case SEASON -> {
                    YearMonth month = YearMonth.from(first.start()).plusMonths(3L * units);
                    yield Period.season(Season.values()[(month.getMonthValue() + 9) % 12 / 3], month.getMonthValue() <= 2
                            ? month.getYear() - 1 : month.getYear());
                }
                case YEAR -> Period.year(first.start().getYear() + units);
                default -> throw new IllegalArgumentException("not a single period: " + first);
            };
            return Period.range(first, last);
        } catch (InvalidPeriodException | java.time.DateTimeException pastTheLastYear) {
            return null;
        }
    }

    private static Arbitrary<Period> terms() {
        Arbitrary<Integer> firstYears = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(2015, 2019, 2023, 2027, 2031)),
                Tuple.of(1, Arbitraries.integers().between(250, 2498).map(k -> 4 * k + 3)));
        return firstYears.map(first -> Period.term(first, first + Period.TERM_LENGTH_YEARS));
    }

    private static Arbitrary<Period> periods(Arbitrary<Integer> years) {
        Arbitrary<Period> singles = singles(years);
        return Arbitraries.frequencyOf(
                Tuple.of(3, singles),
                Tuple.of(4, ranges(years)),
                Tuple.of(1, terms()),
                Tuple.of(2, singles.map(Period::openEnded)));
    }

    @Provide
    Arbitrary<Period> periods() {
        return periods(years());
    }

    /** Periods in a few years, so that many share a start or an end. */
    @Provide
    Arbitrary<Period> nearbyPeriods() {
        return periods(Arbitraries.integers().between(2022, 2023));
    }

    @Provide
    Arbitrary<List<Period>> nearbyPeriodLists() {
        return nearbyPeriods().list().ofMinSize(2).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Period> openEnded() {
        return singles(years()).map(Period::openEnded);
    }

    /** Any day from year 1000 to the last day {@link LocalDate} holds, far beyond the four-digit years. */
    @Provide
    Arbitrary<LocalDate> days() {
        long first = LocalDate.of(Period.MIN_YEAR, 1, 1).toEpochDay();
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2035, 12, 31).toEpochDay())),
                Tuple.of(1, Arbitraries.longs().between(first, LocalDate.MAX.toEpochDay())),
                Tuple.of(1, Arbitraries.of(first, Period.OPEN_END.toEpochDay(), Period.OPEN_END.toEpochDay() + 1, LocalDate.MAX.toEpochDay())))
                .map(LocalDate::ofEpochDay);
    }
}
