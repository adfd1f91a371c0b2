package fi.tiekartta.milestone;

import fi.tiekartta.kernel.DomainRuleViolation;

/**
 * The work package or measure a milestone belongs to, by its id in workpackage-service. That it exists and belongs
 * to the milestone's programme is checked by the service against what it has learnt from the work package
 * context's events ({@code References}).
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
