package fi.tiekartta.milestone;

import fi.tiekartta.kernel.DomainRuleViolation;

/**
 * The work package or measure a milestone belongs to, by its id in workpackage-service. Stored as given:
 * this service does not (yet) check that the parent exists.
 */
public record ParentRef(ParentKind kind, String id) {

    public ParentRef {
        if (kind == null) {
            throw new DomainRuleViolation("A milestone's parent is a WORK_PACKAGE or a MEASURE.");
        }
        if (id == null || id.isBlank()) {
            throw new DomainRuleViolation("A milestone's parent needs its id.");
        }
        id = id.strip();
    }
}
