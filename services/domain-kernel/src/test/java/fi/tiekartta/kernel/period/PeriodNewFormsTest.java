package fi.tiekartta.kernel.period;

import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.kernel.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The forms of issue 9: open-ended periods, ranges of years and of mixed kinds, terms on their real dates, {@link Period#read}. */
class PeriodNewFormsTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** Every period form of the issue and of the seed documents it names, as the sources write it. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // seed 001: "Kesä-syksy 2021 Kesä-syksy 2022 Kevät 2023 -Kevät-kesä 2021" (the timeline's phases)
            "Kevät 2023 –                  | 2023-spring/..          | OPEN_ENDED",
            "Kevät 2023 -                  | 2023-spring/..          | OPEN_ENDED",
            // seed 001: "verkostoseminaarit 2022 ->", "työpakettien siltaaminen hallitusohjelmakausille 2023 ->"
            "2022 ->                       | 2022/..                 | OPEN_ENDED",
            "2023 ->                       | 2023/..                 | OPEN_ENDED",
            "2022 →                        | 2022/..                 | OPEN_ENDED",
            "kevät 2023 alkaen             | 2023-spring/..          | OPEN_ENDED",
            // seed 001: "1.1.2023 alkaen" (the region's organising responsibility)
            "1.1.2023 alkaen               | 2023-01-01/..           | OPEN_ENDED",
            // seed 003: "(vuodesta 2002)"
            "vuodesta 2002                 | 2002/..                 | OPEN_ENDED",
            "vuodesta 2022 alkaen          | 2022/..                 | OPEN_ENDED",
            "2022 alkaen                   | 2022/..                 | OPEN_ENDED",
            "kevät 2023 lähtien            | 2023-spring/..          | OPEN_ENDED",
            "talvi 2023–2024 alkaen        | 2023-winter/..          | OPEN_ENDED",
            // the issue: "2021–2022"; seed 001: "Sosiaalityön tiekartta 2023 – 2025"
            "2021–2022                     | 2021/2022               | YEAR_RANGE",
            "2023–2025                     | 2023/2025               | YEAR_RANGE",
            "2023 – 2025                   | 2023/2025               | YEAR_RANGE",
            "vuodet 2023–2025              | 2023/2025               | YEAR_RANGE",
            "vuodet 2019–2023              | 2019/2023               | YEAR_RANGE",
            "vuosina 2023–2025             | 2023/2025               | YEAR_RANGE",
            "2020–2024                     | 2020/2024               | YEAR_RANGE",
            // seed 001: "Lähtökohdat, tarkoitus, toimintaympäristöanalyysi kevät 2021-2022"
            "kevät 2021–2022               | 2021-spring/2022        | RANGE",
            "kevät 2021-2022               | 2021-spring/2022        | RANGE",
            // seed 001: "Vastausaika 29.3. – 24.4.2023", "Vastausaika 3.-28.4.2023"
            "29.3. – 24.4.2023             | 2023-03-29/2023-04-24   | RANGE",
            "29.3.–24.4.2023               | 2023-03-29/2023-04-24   | RANGE",
            "3.-28.4.2023                  | 2023-04-03/2023-04-28   | RANGE",
            "29.3.2023–24.4.2023           | 2023-03-29/2023-04-24   | RANGE",
            "29.12.2023–5.1.2024           | 2023-12-29/2024-01-05   | RANGE",
            "kevät 2021 – kesäkuu 2021     | 2021-spring/2021-06     | RANGE",
            "2022 – kevät 2023             | 2022/2023-spring        | RANGE",
            "Q2 2023 – Q1 2024             | 2023-Q2/2024-Q1         | RANGE",
            "talvi 2021–2022 – 2023        | 2021-winter/2023        | RANGE",
            // seed 002: "Sosiaalityön kehittämisohjelma hallituskaudelle 2019–2023"
            "2019–2023                     | term-2019-2023          | TERM",
            "hallituskaudelle 2019–2023    | term-2019-2023          | TERM",
            "hallituskausi 2027–2031       | term-2027-2031          | TERM"})
    void the_new_finnish_forms_are_read(String finnish, String canonical, Precision precision) {
        Period period = Period.parseFinnish(finnish);

        assertThat(period.toString()).isEqualTo(canonical);
        assertThat(period.precision()).isEqualTo(precision);
        assertThat(Period.read(finnish)).isEqualTo(period);
        assertThat(Period.parse(canonical)).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023/2025              | vuodet 2023–2025             | åren 2023–2025                 | 2023–2025",
            "2019/2023              | vuodet 2019–2023             | åren 2019–2023                 | 2019–2023",
            "2021-spring/2022       | kevät 2021–2022              | våren 2021–2022                | spring 2021–2022",
            "2023-03-29/2023-04-24  | 29.3.–24.4.2023              | 29.3.–24.4.2023                | 29 March – 24 April 2023",
            "2023-04-03/2023-04-28  | 3.–28.4.2023                 | 3.–28.4.2023                   | 3–28 April 2023",
            "2023-12-29/2024-01-05  | 29.12.2023–5.1.2024          | 29.12.2023–5.1.2024            | 29 December 2023 – 5 January 2024",
            "2022/2023-spring       | 2022 – kevät 2023            | 2022 – våren 2023              | 2022 – spring 2023",
            "2021-09/2022           | syyskuu 2021 – 2022          | september 2021 – 2022          | September 2021 – 2022",
            "2022-winter/2023       | talvi 2022–2023 – 2023       | vintern 2022–2023 – 2023       | winter 2022–2023 – 2023",
            "2023-Q2/2024-Q1        | 2023 Q2 – 2024 Q1            | Q2 2023 – Q1 2024              | Q2 2023 – Q1 2024",
            "2023-spring/..         | kevät 2023 alkaen            | från våren 2023                | from spring 2023",
            "2022/..                | vuodesta 2022 alkaen         | från 2022                      | from 2022",
            "2023-05-17/..          | 17.5.2023 alkaen             | från 17.5.2023                 | from 17 May 2023",
            "2023-01-01/..          | 1.1.2023 alkaen              | från 1.1.2023                  | from 1 January 2023",
            "2021-09/..             | syyskuu 2021 alkaen          | från september 2021            | from September 2021",
            "2025-H2/..             | 2. vuosipuolisko 2025 alkaen | från andra halvåret 2025       | from the second half of 2025",
            "2023-Q3/..             | 2023 Q3 alkaen               | från Q3 2023                   | from Q3 2023",
            "2023-winter/..         | talvi 2023–2024 alkaen       | från vintern 2023–2024         | from winter 2023–2024",
            "term-2019-2023         | hallituskausi 2019–2023      | regeringsperioden 2019–2023    | government term 2019–2023"})
    void the_new_kinds_are_labelled_in_all_three_languages_and_the_finnish_label_reads_back(String canonical, String fi, String sv, String en) {
        Period period = Period.parse(canonical);

        assertThat(period.label(Language.FI)).isEqualTo(fi);
        assertThat(period.label(Language.SV)).isEqualTo(sv);
        assertThat(period.label(Language.EN)).isEqualTo(en);
        assertThat(Period.parseFinnish(fi)).isEqualTo(period);
    }

    @Test
    void the_term_2019_2023_is_6_6_2019_to_20_6_2023() {
        Period term = Period.read("2019–2023");

        assertThat(term.precision()).isEqualTo(Precision.TERM);
        assertThat(term.start()).isEqualTo(date("2019-06-06"));
        assertThat(term.end()).isEqualTo(date("2023-06-20"));
        assertThat(term.toString()).isEqualTo("term-2019-2023");
    }

    @Test
    void a_range_of_years_between_election_years_is_a_term_in_finnish_and_a_range_of_years_in_canonical_text() {
        assertThat(Period.read("2019–2023").precision()).isEqualTo(Precision.TERM);
        assertThat(Period.read("2019/2023").precision()).isEqualTo(Precision.YEAR_RANGE);
        assertThat(Period.read("vuodet 2019–2023").precision()).isEqualTo(Precision.YEAR_RANGE);
        assertThat(Period.read("2021–2025").precision()).as("2021 is no election year").isEqualTo(Precision.YEAR_RANGE);
        assertThat(Period.read("2019/2023")).isNotEqualTo(Period.read("2019–2023"));
    }

    @Test
    void a_term_runs_between_election_years_only() {
        assertThat(Period.isElectionYear(2019)).isTrue();
        assertThat(Period.isElectionYear(2023)).isTrue();
        assertThat(Period.isElectionYear(2027)).isTrue();
        assertThat(Period.isElectionYear(2021)).isFalse();
        assertThatThrownBy(() -> Period.term(2021, 2025)).isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("2021 is not one").hasMessageContaining("2021/2025");
    }

    @Test
    void an_open_ended_period_never_ends_and_is_never_overdue() {
        Period fromSpring = Period.parseFinnish("Kevät 2023 –");

        assertThat(fromSpring.isOpenEnded()).isTrue();
        assertThat(fromSpring.start()).isEqualTo(date("2023-03-01"));
        assertThat(fromSpring.end()).isEqualTo(Period.OPEN_END).isEqualTo(date("9999-12-31"));
        assertThat(fromSpring.hasEndedBefore(date("2023-06-01"))).isFalse();
        assertThat(fromSpring.hasEndedBefore(date("9999-12-31"))).isFalse();
        assertThat(fromSpring.hasEndedBefore(LocalDate.MAX)).isFalse();
        assertThat(fromSpring.contains(date("2023-02-28"))).isFalse();
        assertThat(fromSpring.contains(date("2023-03-01"))).isTrue();
        assertThat(fromSpring.contains(LocalDate.MAX)).isTrue();
        assertThat(fromSpring.from()).isEqualTo(Period.season(Season.SPRING, 2023));
        assertThat(fromSpring.to()).isEmpty();
        assertThat(Period.season(Season.SPRING, 2023).isOpenEnded()).isFalse();
    }

    @Test
    void an_open_ended_period_travels_with_no_end() {
        PeriodData data = Period.parse("2023-spring/..").toData();

        assertThat(data.value()).isEqualTo("2023-spring/..");
        assertThat(data.start()).isEqualTo(date("2023-03-01"));
        assertThat(data.end()).isNull();
        assertThat(data.precision()).isEqualTo("OPEN_ENDED");
        assertThat(data.label().fi()).isEqualTo("kevät 2023 alkaen");
        assertThat(Period.parse("2023-spring").toData().end()).isEqualTo(date("2023-05-31"));
    }

    @Test
    void an_open_ended_period_is_stored_with_the_far_end_so_ended_before_queries_never_match_it() {
        PeriodValue value = PeriodValue.read("Kevät 2023 –");

        assertThat(value.value()).isEqualTo("2023-spring/..");
        assertThat(value.start()).isEqualTo(date("2023-03-01"));
        assertThat(value.end()).isEqualTo(date("9999-12-31"));
        assertThat(value.period().isOpenEnded()).isTrue();
    }

    @Test
    void open_ended_periods_starting_together_differ_by_what_they_start_with() {
        Period fromMarch = Period.parse("2023-03/..");
        Period fromSpring = Period.parse("2023-spring/..");

        assertThat(fromMarch.start()).isEqualTo(fromSpring.start());
        assertThat(fromMarch).isNotEqualTo(fromSpring).isLessThan(fromSpring);
        assertThat(Period.parse("2023-spring")).isLessThan(fromSpring).isLessThan(Period.parse("2023-Q2/.."));
    }

    @Test
    void ranges_with_the_same_bounds_differ_by_their_ends() {
        Period fromMarch = Period.parse("2021-03/2022");
        Period fromSpring = Period.parse("2021-spring/2022");

        assertThat(fromMarch.start()).isEqualTo(fromSpring.start());
        assertThat(fromMarch.end()).isEqualTo(fromSpring.end());
        assertThat(fromMarch).isNotEqualTo(fromSpring).isLessThan(fromSpring);
        assertThat(fromMarch.compareTo(fromSpring)).isNegative();
        assertThat(fromSpring.compareTo(fromMarch)).isPositive();
    }

    @Test
    void a_range_keeps_its_ends() {
        Period range = Period.parse("2021-spring/2022");

        assertThat(range.from()).isEqualTo(Period.season(Season.SPRING, 2021));
        assertThat(range.to()).contains(Period.year(2022));
        assertThat(Period.year(2022).from()).isEqualTo(Period.year(2022));
        assertThat(Period.year(2022).to()).contains(Period.year(2022));
        assertThatThrownBy(() -> Period.range(Period.parse("2021/2022"), Period.year(2023)))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("single period");
        assertThatThrownBy(() -> Period.openEnded(Period.term(2019, 2023)))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("single period");
    }

    @Test
    void the_timeline_of_seed_001_with_its_new_forms_sorts_by_start_then_end() {
        List<Period> periods = new ArrayList<>(Stream.of("Kevät 2023 –", "kevät 2021–2022", "2022 ->", "2023 ->", "2019–2023",
                        "Kesä-syksy 2022", "17.5.2023", "2023–2025", "2021–2022", "Kevät-kesä 2021")
                .map(Period::read).toList());
        Collections.reverse(periods);
        Collections.sort(periods);

        assertThat(periods).extracting(Period::toString).containsExactly(
                "term-2019-2023", "2021/2022", "2021-spring/2021-summer", "2021-spring/2022", "2022/..",
                "2022-summer/2022-autumn", "2023/2025", "2023/..", "2023-spring/..", "2023-05-17");
    }

    @Test
    void periods_with_the_same_start_put_the_open_ended_one_after_every_period_that_ends() {
        List<Period> sameStart = new ArrayList<>(Stream.of("2023/..", "2023", "2023-H1", "2023-Q1", "2023-01", "2023-01-01",
                "2023/2024", "2023-01-01/..").map(Period::parse).toList());
        Collections.shuffle(sameStart, new java.util.Random(9));
        Collections.sort(sameStart);

        assertThat(sameStart).extracting(Period::toString).containsExactly(
                "2023-01-01", "2023-01", "2023-Q1", "2023-H1", "2023", "2023/2024", "2023-01-01/..", "2023/..");
        assertThat(Period.parse("2023/..")).isLessThan(Period.parse("2023-spring"));
    }

    // ------------------------------------------------------------------------------------------ read

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2023-spring      | 2023-spring",
            "kevät 2026       | 2026-spring",
            "Kevät 2026       | 2026-spring",
            "2022             | 2022",
            "vuosi 2022       | 2022",
            "2023/2025        | 2023/2025",
            "2023–2025        | 2023/2025",
            "2023-2027        | term-2023-2027",
            "term-2023-2027   | term-2023-2027",
            "2022/..          | 2022/..",
            "2022 ->          | 2022/..",
            "17.5.2023        | 2023-05-17",
            "2023-05-17       | 2023-05-17",
            "9/2021           | 2021-09"})
    void read_takes_the_canonical_text_or_a_finnish_form(String text, String canonical) {
        assertThat(Period.read(text).toString()).isEqualTo(canonical);
        assertThat(PeriodValue.read(text).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void read_refuses_a_missing_period_listing_the_accepted_forms(String missing) {
        assertThatThrownBy(() -> Period.read(missing)).isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("A period is required").hasMessageContaining(Period.ACCEPTED_FORMS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2023-Q5           | a quarter is 1, 2, 3 or 4, not 5",
            "31.4.2023         | no such day",
            "syksy–kevät 2022  | must run forward",
            "2025/2023         | must run forward",
            "term-2021-2025    | 2021 is not one",
            "kevät             | expected a period as canonical text",
            "spring 2023       | expected a period as canonical text"})
    void read_refuses_saying_why_and_which_forms_it_accepts(String text, String reason) {
        assertThatThrownBy(() -> Period.read(text))
                .isExactlyInstanceOf(InvalidPeriodException.class)
                .hasMessageStartingWith("Invalid period \"" + text + "\": ")
                .hasMessageContaining(reason)
                .hasMessageEndingWith(Period.ACCEPTED_FORMS)
                .satisfies(e -> assertThat(((InvalidPeriodException) e).reason()).doesNotContain("Invalid period"));
    }

    @Test
    void parse_stays_canonical_only_and_names_the_canonical_form_of_a_finnish_one() {
        assertThatThrownBy(() -> Period.parse("2022 ->")).isInstanceOf(InvalidPeriodException.class)
                .hasMessageEndingWith("(it reads as the Finnish form of 2022/..: give that)")
                .satisfies(e -> assertThat(((InvalidPeriodException) e).canonicalReading()).isEqualTo(Period.parse("2022/..")));
    }

    @Test
    void period_value_of_stays_canonical_only_and_read_takes_finnish_too() {
        assertThatThrownBy(() -> PeriodValue.of("kevät 2023")).isInstanceOf(DomainRuleViolation.class);
        assertThat(PeriodValue.read("kevät 2023")).isEqualTo(PeriodValue.of("2023-spring"));
        assertThatThrownBy(() -> PeriodValue.read("kevät")).isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("expected a period as canonical text");
    }
}
