package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.kernel.period.Period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A government term a programme runs in, with its days from the kernel's reference data (2019–2023: 6.6.2019 –
 * 20.6.2023; where a day is not known yet, the kernel's fallback), so a timeline can be laid out on terms.
 *
 * @param id    as programmes name it, e.g. {@code 2019-2023}
 * @param label "hallituskausi 2019–2023" / … in fi/sv/en
 * @param start its first day, or null if the id does not name a term
 * @param end   its last day, or null if the id does not name a term
 */
public record Term(String id, LocalizedText label, LocalDate start, LocalDate end) {

    /** The term named {@code 2019-2023}; one that is not a term keeps its id and has no days. */
    public static Term of(String id) {
        Period period = period(id);
        return period == null ? new Term(id, null, null, null) : new Term(id, period.labels(), period.start(), period.end());
    }

    /** Whether the period lies at least partly in the term. */
    public boolean overlaps(Period period) {
        return start != null && period != null && !period.start().isAfter(end) && !period.end().isBefore(start);
    }

    static Period period(String id) {
        Objects.requireNonNull(id, "id");
        try {
            return Period.parse("term-" + id);
        } catch (IllegalArgumentException notATerm) {
            return null;
        }
    }
}
