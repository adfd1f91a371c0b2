package fi.tiekartta.programme;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.period.InvalidPeriodException;
import fi.tiekartta.kernel.period.Period;

/**
 * Reading a period as a client or a roadmap document writes it: the canonical text ({@code 2023/2025},
 * {@code 2023-spring/..}) or a Finnish form the kernel reads ("2023–2025", "Kevät 2023 –").
 */
public final class ProgrammePeriods {

    private ProgrammePeriods() {
    }

    /** The period of {@code text} ({@link Period#read}); an {@link InvalidPeriodException} naming the forms accepted when it is none. */
    public static Period read(String text) {
        return Period.read(text);
    }

    /** As {@link #read}, a broken rule of {@code field} (422) when it is no period. */
    public static Period read(String text, String field) {
        try {
            return read(text);
        } catch (InvalidPeriodException e) {
            throw new DomainRuleViolation(field, e.getMessage());
        }
    }
}
