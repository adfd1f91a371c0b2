package fi.tiekartta.region.nationalindicators;

import fi.tiekartta.contracts.period.InvalidPeriodException;
import fi.tiekartta.contracts.period.Period;
import fi.tiekartta.platform.domain.DomainRuleViolation;

import java.time.LocalDate;

/**
 * The {@link Period} an indicator was observed in, as its canonical text (e.g. {@code 2020-09}) beside its
 * inclusive bounds. The bounds are derived from the text and stored only so that MongoDB can sort and
 * filter on them; given bounds are ignored and recomputed, so they never disagree with the text.
 */
public record ObservedPeriod(String value, LocalDate start, LocalDate end) {

    public ObservedPeriod {
        Period period = parse(value);
        value = period.toString();
        start = period.start();
        end = period.end();
    }

    /** The period of a canonical text; a broken rule (422) when it is not one. */
    public static ObservedPeriod of(String canonical) {
        return new ObservedPeriod(canonical, null, null);
    }

    public Period period() {
        return Period.parse(value);
    }

    private static Period parse(String value) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("A national indicator needs the period it was observed in (observedPeriod), "
                    + "e.g. 2020-09.");
        }
        try {
            return Period.parse(value);
        } catch (InvalidPeriodException e) {
            throw new DomainRuleViolation("The observed period is not a period in canonical form (e.g. 2020-09, "
                    + "2021-spring, 2022): " + e.getMessage());
        }
    }
}
