package fi.tiekartta.workpackage;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

import java.util.List;
import java.util.Objects;

/**
 * A measure of a work package, e.g. TP3.2 "Sosiaalihuollon lainsäädännön uudistus". Its id never changes,
 * whatever happens to its code or title; {@code predecessors} and {@code successors} link it to the
 * measures it came from and went into, so it can be followed from one government term to the next. {@code basis}
 * says what it rests on (null when a user entered it).
 */
public record Measure(String id, String code, Text title, List<String> termIds, MeasureStatus status,
        List<String> predecessors, List<String> successors, String reason, Basis basis) {

    public Measure {
        Objects.requireNonNull(id, "id");
        if (code == null || !WorkPackage.CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("A measure code is short, like TP3.2: " + code);
        }
        Objects.requireNonNull(title, "title");
        termIds = termIds == null ? List.of() : termIds.stream().sorted().distinct().toList();
        status = status == null ? MeasureStatus.ACTIVE : status;
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /** A measure without basis. */
    public Measure(String id, String code, Text title, List<String> termIds, MeasureStatus status,
            List<String> predecessors, List<String> successors, String reason) {
        this(id, code, title, termIds, status, predecessors, successors, reason, null);
    }

    static Measure added(String id, String code, Text title, List<String> termIds, List<String> predecessors, Basis basis) {
        return new Measure(id, code, title, termIds, MeasureStatus.ACTIVE, predecessors, List.of(), null, basis);
    }

    public boolean isActive() {
        return status == MeasureStatus.ACTIVE;
    }

    Measure revised(String newCode, Text newTitle, List<String> newTermIds, Basis newBasis) {
        return new Measure(id, newCode, newTitle, newTermIds, status, predecessors, successors, reason, newBasis);
    }

    Measure ended(MeasureStatus how, List<String> into, String why) {
        return new Measure(id, code, title, termIds, how, predecessors, into, why, basis);
    }
}
