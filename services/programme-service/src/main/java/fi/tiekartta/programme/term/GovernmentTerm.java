package fi.tiekartta.programme.term;

import fi.tiekartta.kernel.DomainRuleViolation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A government term: the four years between two parliamentary elections, its election day, when its
 * first government was appointed and its last one ended (unknown until they happen), and its governments
 * in order. The rules keep the record consistent; they do not model early elections, which Finland has
 * not had under the current constitution.
 */
public record GovernmentTerm(int firstYear, LocalDate electionDate, LocalDate startDate, LocalDate endDate,
        List<Government> governments) {

    public static final int LENGTH_IN_YEARS = 4;

    public GovernmentTerm {
        Objects.requireNonNull(electionDate, "electionDate");
        governments = governments == null ? List.of() : List.copyOf(governments);
        if (electionDate.getYear() != firstYear) {
            throw new DomainRuleViolation("The election of term " + firstYear + "–" + (firstYear + LENGTH_IN_YEARS)
                    + " is held in " + firstYear + ", not on " + electionDate + ".");
        }
        if (startDate != null && startDate.isBefore(electionDate)) {
            throw new DomainRuleViolation("A term starts after its election (" + electionDate + "), not on " + startDate + ".");
        }
        if (endDate != null && (startDate == null || !endDate.isAfter(startDate))) {
            throw new DomainRuleViolation("A term ends after it has started; give a start date before the end date " + endDate + ".");
        }
        checkGovernments(governments, startDate, endDate);
    }

    /** The term's identifier and label years, e.g. {@code 2023-2027}. */
    public String id() {
        return firstYear + "-" + lastYear();
    }

    public int lastYear() {
        return firstYear + LENGTH_IN_YEARS;
    }

    /** Whether {@code next} is the term that directly follows this one. */
    public boolean isFollowedBy(GovernmentTerm next) {
        return next.firstYear == lastYear();
    }

    private static void checkGovernments(List<Government> governments, LocalDate start, LocalDate end) {
        List<Government> inOrder = governments.stream().sorted(Comparator.comparing(Government::appointed)).toList();
        if (!inOrder.equals(governments)) {
            throw new DomainRuleViolation("List the governments of a term in the order they were appointed.");
        }
        for (int i = 0; i < governments.size(); i++) {
            Government government = governments.get(i);
            if (start != null && government.appointed().isBefore(start)) {
                throw new DomainRuleViolation("Government " + government.number() + " was appointed before the term started (" + start + ").");
            }
            if (end != null && government.ended() != null && government.ended().isAfter(end)) {
                throw new DomainRuleViolation("Government " + government.number() + " ends after the term ended (" + end + ").");
            }
            if (i > 0 && governments.get(i - 1).ended() == null) {
                throw new DomainRuleViolation("Government " + governments.get(i - 1).number() + " must have ended before government "
                        + government.number() + " was appointed.");
            }
            if (i > 0 && governments.get(i - 1).ended().isAfter(government.appointed())) {
                throw new DomainRuleViolation("Governments " + governments.get(i - 1).number() + " and " + government.number() + " overlap.");
            }
        }
    }
}
