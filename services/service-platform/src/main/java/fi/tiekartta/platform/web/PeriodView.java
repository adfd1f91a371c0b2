package fi.tiekartta.platform.web;

import fi.tiekartta.contracts.period.Language;
import fi.tiekartta.contracts.period.Period;

import java.time.LocalDate;

/**
 * A period as the APIs show it: its canonical text ({@code value}), its label in the three languages
 * ("kevät 2023" / "våren 2023" / "spring 2023"), its inclusive bounds and its precision.
 */
public record PeriodView(String value, Label label, LocalDate start, LocalDate end, String precision) {

    public record Label(String fi, String sv, String en) {
    }

    public static PeriodView of(Period period) {
        return new PeriodView(period.toString(), new Label(period.label(Language.FI), period.label(Language.SV),
                period.label(Language.EN)), period.start(), period.end(), period.precision().name());
    }
}
