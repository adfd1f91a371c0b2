package fi.tiekartta.contracts.milestone;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.period.Period;

import java.time.LocalDate;

/**
 * A {@link Period} as milestone events carry it: the canonical text ({@code value}, e.g. {@code 2023-spring};
 * {@link Period#parse(String)} reads it back), its label in the three languages as given ("kevät 2023"), and
 * its inclusive bounds and precision for readers that do not parse periods.
 */
public record PeriodData(String value, LocalizedText label, LocalDate start, LocalDate end, String precision) {

    public static PeriodData of(Period period) {
        return period == null ? null
                : new PeriodData(period.toString(), period.labels(), period.start(), period.end(), period.precision().name());
    }
}
