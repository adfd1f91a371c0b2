package fi.tiekartta.kernel.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GovernmentTermDatesTest {

    @ParameterizedTest(name = "{0}–{1}: {2}..{3}")
    @CsvSource({
            // Rinne appointed 6.6.2019; Marin's government served until Orpo's was appointed on 20.6.2023
            "2019, 2023, 2019-06-06, 2023-06-20, true,  true",
            // Orpo appointed 20.6.2023; the end is not known yet: 31.12.2027
            "2023, 2027, 2023-06-20, 2027-12-31, true,  false",
            // not formed yet: from the election day 18.4.2027 to 31.12.2031
            "2027, 2031, 2027-04-18, 2031-12-31, false, false",
            // not in the reference data: calendar years
            "2031, 2035, 2031-01-01, 2035-12-31, false, false",
            "2015, 2019, 2015-01-01, 2019-12-31, false, false"})
    void terms_take_their_days_from_the_reference_data_with_fallbacks_that_never_end_a_term_early(
            int first, int last, String start, String end, boolean startKnown, boolean endKnown) {
        assertThat(GovernmentTermDates.start(first)).isEqualTo(LocalDate.parse(start));
        assertThat(GovernmentTermDates.end(first, last)).isEqualTo(LocalDate.parse(end));
        assertThat(GovernmentTermDates.startKnown(first)).isEqualTo(startKnown);
        assertThat(GovernmentTermDates.endKnown(first)).isEqualTo(endKnown);
        assertThat(Period.term(first, last).start()).isEqualTo(LocalDate.parse(start));
        assertThat(Period.term(first, last).end()).isEqualTo(LocalDate.parse(end));
    }

    @Test
    void the_reference_file_is_read_with_its_governments_and_escapes() {
        String json = """
                { "source": "vn.fi \\"hallitukset\\" \\u00e4", "terms": [
                  { "firstYear": 2019, "electionDate": "2019-04-14", "startDate": "2019-06-06", "endDate": "2023-06-20",
                    "governments": [ { "number": 75, "primeMinister": "Antti Rinne", "appointed": "2019-06-06", "ended": "2019-12-10" } ] },
                  { "firstYear": 2027, "electionDate": "2027-04-18", "startDate": null, "endDate": null, "governments": [], "x": [true, false, 1.5e0] }
                ] }
                """;

        assertThat(GovernmentTermDates.read(json)).containsOnlyKeys(2019, 2027);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"terms\": [{\"firstYear\": 2019, \"endDate\": \"2024-01-10\"}]}",
            "{\"terms\": [{\"firstYear\": 2019, \"startDate\": \"2018-12-31\"}]}",
            "{\"terms\": [{\"firstYear\": 2019, \"electionDate\": \"2019-04-14\", \"startDate\": \"2019-04-01\"}]}",
            "{\"terms\": [{\"firstYear\": 2019, \"startDate\": \"6.6.2019\"}]}",
            "{\"terms\": [{\"firstYear\": \"2019\"}]}",
            "{\"term\": []}",
            "{\"terms\": [}",
            "{\"terms\": []} x"})
    void a_broken_reference_file_is_refused_loudly(String json) {
        assertThatThrownBy(() -> GovernmentTermDates.read(json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(GovernmentTermDates.FILE);
    }
}
