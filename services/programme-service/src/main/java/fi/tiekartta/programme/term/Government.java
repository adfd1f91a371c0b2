package fi.tiekartta.programme.term;

import fi.tiekartta.kernel.DomainRuleViolation;

import java.time.LocalDate;
import java.util.Objects;

/** A government (cabinet) of a term: its number in the Finnish series, prime minister and dates. */
public record Government(int number, String primeMinister, LocalDate appointed, LocalDate ended) {

    public Government {
        Objects.requireNonNull(appointed, "appointed");
        if (primeMinister == null || primeMinister.isBlank()) {
            throw new DomainRuleViolation("A government needs its prime minister's name.");
        }
        if (ended != null && ended.isBefore(appointed)) {
            throw new DomainRuleViolation("Government " + number + " cannot end (" + ended + ") before it was appointed (" + appointed + ").");
        }
    }
}
