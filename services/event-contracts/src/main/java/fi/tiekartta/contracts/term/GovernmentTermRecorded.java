package fi.tiekartta.contracts.term;

import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code fi.tiekartta.government-term.added.v1} and {@code …government-term.changed.v1}: the
 * whole government term as it stands after the change (terms are small reference data, so consumers
 * simply replace what they hold).
 *
 * @param termId      the electoral years, e.g. {@code 2023-2027}
 * @param startDate   when the first government of the term was appointed; null until known
 * @param endDate     when the last government of the term ended; null while it runs
 */
public record GovernmentTermRecorded(
        String termId,
        int firstYear,
        int lastYear,
        LocalDate electionDate,
        LocalDate startDate,
        LocalDate endDate,
        List<Government> governments) {

    /** A government (cabinet) of the term. */
    public record Government(int number, String primeMinister, LocalDate appointed, LocalDate ended) {
    }
}
