package fi.tiekartta.kernel.period;

import fi.tiekartta.kernel.DomainRuleViolation;

import java.time.LocalDate;

/**
 * A {@link Period} as the milestone keeps it: the canonical text (the period as given, e.g.
 * {@code 2023-spring}) beside its inclusive bounds, which are derived from the text and stored only so that
 * MongoDB can filter and sort on them (the text does not sort). Given bounds are ignored and recomputed, so
 * they can never disagree with the text. An open-ended period's end is {@link Period#OPEN_END} (9999-12-31), so
 * a query for periods that ended before a day never finds it.
 */
public record PeriodValue(String value, LocalDate start, LocalDate end) {

    public PeriodValue {
        Period period = parse(value);
        value = period.toString();
        start = period.start();
        end = period.end();
    }

    public static PeriodValue of(Period period) {
        return new PeriodValue(period.toString(), null, null);
    }

    /** The period of a canonical text; a broken rule (422) when it is not one. */
    public static PeriodValue of(String canonical) {
        return new PeriodValue(canonical, null, null);
    }

    /**
     * The period of a text as people give it to an API or in a document: the canonical text or a Finnish form
     * ({@link Period#read(String)}: "kevät 2026", "2022 ->"); kept as its canonical text. A broken rule (422)
     * when it is neither.
     */
    public static PeriodValue read(String text) {
        Period period;
        try {
            period = Period.read(text);
        } catch (InvalidPeriodException e) {
            throw new DomainRuleViolation(e.getMessage());
        }
        return of(period);
    }

    public Period period() {
        return Period.parse(value);
    }

    private static Period parse(String value) {
        try {
            return Period.parse(value);
        } catch (InvalidPeriodException e) {
            throw new DomainRuleViolation(e.getMessage());
        }
    }
}
