package fi.tiekartta.programme;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.programme.RelationData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Text;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a programme relates to another: it is part of it, follows (continues) it, or supports it. The other one is
 * a programme Tiekartta keeps, named by its code, or one outside it, named by its name (e.g. "Tulevaisuuden
 * sosiaali- ja terveyskeskus -ohjelma"): exactly one of the two.
 */
public record Relation(Type type, String programmeCode, Text name, Basis basis) {

    private static final Pattern CODE = Pattern.compile(Programme.CODE_PATTERN);

    /** What the relation says. */
    public enum Type {
        /** This programme is part of the other. */
        PART_OF,
        /** This programme continues the other. */
        FOLLOWS,
        /** This programme supports the other. */
        SUPPORTS
    }

    public Relation {
        if (type == null) {
            throw new DomainRuleViolation("relations.type", "A relation is PART_OF, FOLLOWS or SUPPORTS.");
        }
        programmeCode = programmeCode == null || programmeCode.isBlank() ? null : programmeCode.strip();
        if ((programmeCode == null) == (name == null)) {
            throw new DomainRuleViolation("relations", "A relation names the other programme either by its code (a programme"
                    + " Tiekartta keeps) or by its name (one outside it), not both and not neither.");
        }
        if (programmeCode != null && !CODE.matcher(programmeCode).matches()) {
            throw new DomainRuleViolation("relations.programmeCode", "A programme code is 1-32 capital letters, digits or hyphens: "
                    + programmeCode);
        }
    }

    /** The same relation whatever its basis: a programme states each relation once. */
    boolean sameAs(Relation other) {
        return type == other.type && Objects.equals(programmeCode, other.programmeCode) && Objects.equals(name, other.name);
    }

    public RelationData toEvent() {
        return new RelationData(type.name(), programmeCode, name == null ? null : name.toEvent(), Basis.toEvent(basis));
    }

    /** From an event or a document; a type it does not know is a broken rule. */
    public static Relation fromEvent(RelationData data) {
        Type type = data.type() == null ? null : Arrays.stream(Type.values()).filter(t -> t.name().equals(data.type()))
                .findFirst().orElseThrow(() -> new DomainRuleViolation("relations.type",
                        "A relation is PART_OF, FOLLOWS or SUPPORTS, not " + data.type() + "."));
        LocalizedText name = data.name();
        return new Relation(type, data.programmeCode(), name == null ? null : Text.fromEvent(name), Basis.fromEvent(data.basis()));
    }
}
