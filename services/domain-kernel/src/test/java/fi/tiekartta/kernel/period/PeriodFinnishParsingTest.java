package fi.tiekartta.kernel.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodFinnishParsingTest {

    /** Every period written in the seed documents, as written there (see programmes-in-the-seeds.md). */
    static Stream<Arguments> the_periods_of_the_seed_documents() {
        return Stream.of(
                Arguments.of("Tammi–maaliskuu 2021", "2021-01/2021-03"),
                Arguments.of("Maalis–syyskuu 2021", "2021-03/2021-09"),
                Arguments.of("Syyskuu 2021–toukokuu 2022", "2021-09/2022-05"),
                Arguments.of("Syyskuu 2021–joulukuu 2022", "2021-09/2022-12"),
                Arguments.of("Vuosi 2022", "2022"),
                Arguments.of("Elo–marraskuu 2021", "2021-08/2021-11"),
                Arguments.of("Marraskuu 2021–maaliskuu 2022", "2021-11/2022-03"),
                Arguments.of("Kevät-kesä 2021", "2021-spring/2021-summer"),
                Arguments.of("Kesä-syksy 2022", "2022-summer/2022-autumn"),
                Arguments.of("Kevät 2023", "2023-spring"),
                Arguments.of("17.5.2023", "2023-05-17"),
                Arguments.of("2023–2027", "term-2023-2027"),
                Arguments.of("2019–2023", "term-2019-2023"),
                Arguments.of("2027–2031", "term-2027-2031"),
                Arguments.of("2.10.2018", "2018-10-02"),
                Arguments.of("12.4.2019", "2019-04-12"),
                Arguments.of("1.1.2023", "2023-01-01"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("the_periods_of_the_seed_documents")
    void every_period_written_in_the_seed_documents_is_read(String finnish, String canonical) {
        assertThat(Period.parseFinnish(finnish).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // dashes and spaces
            "syyskuu 2021–toukokuu 2022     | 2021-09/2022-05",
            "syyskuu 2021 – toukokuu 2022   | 2021-09/2022-05",
            "syyskuu 2021-toukokuu 2022     | 2021-09/2022-05",
            "syyskuu 2021 - toukokuu 2022   | 2021-09/2022-05",
            "SYYSKUU 2021—TOUKOKUU 2022     | 2021-09/2022-05",
            "tammi-maaliskuu 2021           | 2021-01/2021-03",
            "tammi – maaliskuu 2021         | 2021-01/2021-03",
            "tammikuu–maaliskuu 2021        | 2021-01/2021-03",
            // months
            "syyskuu 2021                   | 2021-09",
            "kesäkuu 2021                   | 2021-06",
            "heinäkuu 2021                  | 2021-07",
            "9/2021                         | 2021-09",
            "10/2018–2/2019                 | 2018-10/2019-02",
            // 'kesä' is summer alone and June before a month name
            "kesä 2021                      | 2021-summer",
            "kesä–elokuu 2021               | 2021-06/2021-08",
            "kesä–syksy 2021                | 2021-summer/2021-autumn",
            "touko–kesäkuu 2021             | 2021-05/2021-06",
            "kevät–kesä 2021                | 2021-spring/2021-summer",
            // seasons, winter
            "syksy 2022                     | 2022-autumn",
            "talvi 2023                     | 2023-winter",
            "talvi 2023–2024                | 2023-winter",
            "talvi 2023/2024                | 2023-winter",
            "syksy 2022 – kevät 2023        | 2022-autumn/2023-spring",
            "talvi–kevät 2023               | 2022-winter/2023-spring",
            "syksy–talvi 2022               | 2022-autumn/2022-winter",
            "talvi 2022–2023 – kevät 2024   | 2022-winter/2024-spring",
            // quarters and half-years
            "Q2 2023                        | 2023-Q2",
            "2023 Q2                        | 2023-Q2",
            "q2/2023                        | 2023-Q2",
            "2. neljännes 2023              | 2023-Q2",
            "2. vuosineljännes 2023         | 2023-Q2",
            "H2 2025                        | 2025-H2",
            "2025 H2                        | 2025-H2",
            "2. vuosipuolisko 2025          | 2025-H2",
            "1. vuosipuolisko 2025          | 2025-H1",
            // years and terms
            "2022                           | 2022",
            "vuosi 2022                     | 2022",
            "hallituskausi 2023–2027        | term-2023-2027",
            "2023 – 2027                    | term-2023-2027",
            // days
            "29.2.2024                      | 2024-02-29",
            "01.05.2023                     | 2023-05-01",
            "17. 5. 2023                    | 2023-05-17"})
    void the_finnish_forms_are_read_whatever_the_case_dash_or_spacing(String finnish, String canonical) {
        assertThat(Period.parseFinnish(finnish).toString()).isEqualTo(canonical);
    }

    @Test
    void surrounding_and_repeated_white_space_is_ignored() {
        assertThat(Period.parseFinnish("  Kevät \t  2023 \n").toString()).isEqualTo("2023-spring");
    }

    @Test
    void decomposed_umlauts_from_copied_pdf_text_are_read() {
        String decomposed = "Keva\u0308t 2023";

        assertThat(Period.parseFinnish(decomposed)).isEqualTo(Period.season(Season.SPRING, 2023));
    }

    @Test
    void non_breaking_spaces_are_spaces() {
        assertThat(Period.parseFinnish("syyskuu\u00A02021\u00A0–\u00A0toukokuu\u202F2022").toString()).isEqualTo("2021-09/2022-05");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0"})
    void a_missing_finnish_period_is_refused_clearly(String missing) {
        assertThatThrownBy(() -> Period.parseFinnish(missing))
                .isExactlyInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("A period is required")
                .hasMessageContaining("kevät 2023");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "kevät                      | expected a period such as",
            "syyskuu                    | expected a period such as",
            "– kevät 2023               | open at its start",
            "kevät–kesä 2023 –          | an open-ended period starts with one single period",
            "2027–2023                  | a year range must run forward",
            "2023–2023                  | a range of one year is a year",
            "hallituskausi 2021–2025    | 2021 is not one",
            "hallituskausi 2023–2025    | a government term runs 4 years",
            "kevät 2021–2021            | a range must run forward",
            "24.4.–29.3.2023            | a range must run forward",
            "3.–3.4.2023                | a range of one day is that day",
            "kevät 2021 – toukokuu 2021 | a range must run forward",
            "29.2.2023                  | 2023 is not a leap year",
            "31.4.2023                  | no such day",
            "17.13.2023                 | a month is 1–12",
            "13/2021                    | a month is 1–12",
            "Q5 2023                    | a quarter is 1, 2, 3 or 4, not 5",
            "3. vuosipuolisko 2025      | a half-year is 1 or 2, not 3",
            "toukokuu 2022–syyskuu 2021 | must run forward",
            "maalis–tammikuu 2021       | must run forward",
            "syyskuu–syyskuu 2021       | a range of one month is a month",
            "syksy–kevät 2022           | must run forward",
            "kesä–kesä 2022             | a range of one season is a season",
            "talvi–talvi 2022           | names one season twice",
            "talvi 2023–2025            | two consecutive years",
            "syyskuuta 2021             | expected a period such as",
            "2023-05-17                 | expected a period such as",
            "kesäkuu                    | expected a period such as"})
    void an_unreadable_finnish_period_is_refused_saying_why(String text, String reason) {
        assertThatThrownBy(() -> Period.parseFinnish(text))
                .isExactlyInstanceOf(InvalidPeriodException.class)
                .hasMessageStartingWith("Invalid period \"" + text + "\": ")
                .hasMessageContaining(reason);
    }
}
