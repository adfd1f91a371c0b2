package fi.tiekartta.contracts;


import java.time.LocalDate;

/**
 * A period as events and the APIs show it: the canonical text ({@code value}, e.g. {@code 2023-spring}, which
 * the domain kernel's {@code Period.parse} reads back), its label in the three languages ("kevät 2023" /
 * "våren 2023" / "spring 2023"), and its inclusive bounds and precision for readers that do not parse periods.
 */
public record PeriodData(String value, LocalizedText label, LocalDate start, LocalDate end, String precision) {
}
