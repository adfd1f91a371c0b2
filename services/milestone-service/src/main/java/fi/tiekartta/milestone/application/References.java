package fi.tiekartta.milestone.application;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.milestone.Milestone;
import fi.tiekartta.milestone.MilestoneKeys;
import fi.tiekartta.milestone.ParentKind;
import fi.tiekartta.milestone.ParentRef;
import fi.tiekartta.milestone.parents.KnownParents;
import fi.tiekartta.milestone.parents.KnownParents.KnownMeasure;
import fi.tiekartta.milestone.parents.KnownParents.KnownProgramme;
import fi.tiekartta.milestone.parents.KnownParents.KnownWorkPackage;

import java.util.Optional;

/**
 * Checks what a milestone refers to against what this service has learnt from the programme and work package
 * contexts' events, and gives the human keys of it: a milestone names a programme that exists and a work package
 * or measure of that programme, else the command is refused (422) and nothing is stored.
 */
final class References {

    private final KnownParents known;

    References(KnownParents known) {
        this.known = known;
    }

    /** The keys of the milestone's programme and parent; a broken rule (422) naming the field when one is unknown. */
    MilestoneKeys of(Milestone milestone) {
        KnownProgramme programme = known.programme(milestone.programmeId()).orElseThrow(() -> new DomainRuleViolation(
                "programmeId", "No programme with the id " + quoted(milestone.programmeId()) + " is known."));
        ParentRef parent = milestone.parent();
        if (parent.kind() == ParentKind.WORK_PACKAGE) {
            KnownWorkPackage workPackage = workPackageOf(programme, parent.id(), "parent.id",
                    "No work package with the id " + quoted(parent.id()) + " is known in programme " + programme.code() + ".");
            return new MilestoneKeys(programme.code(), workPackage.code(), workPackage.code());
        }
        KnownMeasure measure = known.measure(parent.id()).orElseThrow(() -> new DomainRuleViolation("parent.id",
                "No measure with the id " + quoted(parent.id()) + " is known."));
        KnownWorkPackage workPackage = workPackageOf(programme, measure.workPackageId(), "parent.id",
                "The measure " + measure.code() + " is not a measure of programme " + programme.code() + ".");
        return new MilestoneKeys(programme.code(), measure.code(), workPackage.code());
    }

    /** The keys when everything the milestone refers to is known; empty while something is not (yet). */
    Optional<MilestoneKeys> ifKnown(Milestone milestone) {
        try {
            return Optional.of(of(milestone));
        } catch (DomainRuleViolation notYet) {
            return Optional.empty();
        }
    }

    private KnownWorkPackage workPackageOf(KnownProgramme programme, String workPackageId, String field, String problem) {
        Optional<KnownWorkPackage> workPackage = known.workPackage(workPackageId)
                .filter(candidate -> programme.id().equals(candidate.programmeId()));
        return workPackage.orElseThrow(() -> new DomainRuleViolation(field, problem));
    }

    /** An id as given, made safe to echo: control characters shown as escapes, long ones cut. */
    private static String quoted(String id) {
        StringBuilder shown = new StringBuilder("\"");
        id.codePoints().limit(100).forEach(c -> shown.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return shown.append(id.length() > 100 ? "…\"" : "\"").toString();
    }
}
