package fi.tiekartta.kernel.period;

import fi.tiekartta.contracts.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.YearMonth;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodLabelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023-05-17              | 17.5.2023                    | 17.5.2023                       | 17 May 2023",
            "2021-09                 | syyskuu 2021                 | september 2021                  | September 2021",
            "2022-06                 | kesäkuu 2022                 | juni 2022                       | June 2022",
            "2021-09/2022-05         | syyskuu 2021 – toukokuu 2022 | september 2021 – maj 2022       | September 2021 – May 2022",
            "2021-01/2021-03         | tammi–maaliskuu 2021         | januari–mars 2021               | January–March 2021",
            "2021-06/2021-08         | kesä–elokuu 2021             | juni–augusti 2021               | June–August 2021",
            "2023-Q2                 | 2023 Q2                      | Q2 2023                         | Q2 2023",
            "2025-H1                 | 1. vuosipuolisko 2025        | första halvåret 2025            | first half of 2025",
            "2025-H2                 | 2. vuosipuolisko 2025        | andra halvåret 2025             | second half of 2025",
            "2023-spring             | kevät 2023                   | våren 2023                      | spring 2023",
            "2023-summer             | kesä 2023                    | sommaren 2023                   | summer 2023",
            "2023-autumn             | syksy 2023                   | hösten 2023                     | autumn 2023",
            "2023-winter             | talvi 2023–2024              | vintern 2023–2024               | winter 2023–2024",
            "2022-summer/2022-autumn | kesä–syksy 2022              | sommaren–hösten 2022            | summer–autumn 2022",
            "2021-spring/2021-summer | kevät–kesä 2021              | våren–sommaren 2021             | spring–summer 2021",
            "2022-autumn/2023-spring | syksy 2022 – kevät 2023      | hösten 2022 – våren 2023        | autumn 2022 – spring 2023",
            "2022-winter/2023-spring | talvi–kevät 2023             | vintern–våren 2023              | winter–spring 2023",
            "2022-autumn/2022-winter | syksy–talvi 2022             | hösten–vintern 2022             | autumn–winter 2022",
            "2022-winter/2024-spring | talvi 2022–2023 – kevät 2024 | vintern 2022–2023 – våren 2024  | winter 2022–2023 – spring 2024",
            "2022                    | vuosi 2022                   | år 2022                         | 2022",
            "term-2023-2027          | hallituskausi 2023–2027      | regeringsperioden 2023–2027     | government term 2023–2027"})
    void each_kind_is_labelled_in_its_own_precision_in_all_three_languages(String canonical, String fi, String sv, String en) {
        Period period = Period.parse(canonical);

        assertThat(period.label(Language.FI)).isEqualTo(fi);
        assertThat(period.label(Language.SV)).isEqualTo(sv);
        assertThat(period.label(Language.EN)).isEqualTo(en);
        assertThat(period.labels()).isEqualTo(new LocalizedText(fi, sv, en));
    }

    @Test
    void every_finnish_label_reads_back_to_the_same_period() {
        Stream.of("2023-05-17", "2021-09", "2021-09/2022-05", "2021-01/2021-03", "2021-12/2022-01", "2023-Q1", "2023-Q4",
                        "2025-H1", "2025-H2", "2023-spring", "2023-summer", "2023-autumn", "2023-winter",
                        "2022-summer/2022-autumn", "2022-autumn/2023-spring", "2022-winter/2023-spring", "2022-winter/2023-autumn",
                        "2022-spring/2022-winter", "2022-winter/2023-winter", "2022-winter/2024-spring", "2022", "term-2023-2027")
                .map(Period::parse)
                .forEach(period -> assertThat(Period.parseFinnish(period.label(Language.FI)))
                        .as(period.label(Language.FI)).isEqualTo(period));
    }

    @Test
    void every_month_has_its_name_in_every_language() {
        String[] fi = {"tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu",
                "syyskuu", "lokakuu", "marraskuu", "joulukuu"};
        String[] sv = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                "oktober", "november", "december"};
        String[] en = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        for (int month = 1; month <= 12; month++) {
            Period period = Period.month(YearMonth.of(2024, month));
            assertThat(period.label(Language.FI)).isEqualTo(fi[month - 1] + " 2024");
            assertThat(period.label(Language.SV)).isEqualTo(sv[month - 1] + " 2024");
            assertThat(period.label(Language.EN)).isEqualTo(en[month - 1] + " 2024");
            assertThat(Period.parseFinnish(fi[month - 1] + " 2024")).isEqualTo(period);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void a_language_is_found_by_its_code(Language language) {
        assertThat(Language.fromCode(language.code())).isEqualTo(language);
        assertThat(Language.fromCode(language.code().toUpperCase() + "-FI")).isEqualTo(language);
    }

    @Test
    void an_unknown_language_code_is_refused() {
        assertThatThrownBy(() -> Language.fromCode("de")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fi, sv or en");
        assertThatThrownBy(() -> Language.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
