package fi.tiekartta.workpackage;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.contracts.workpackage.WorkPackageRevised;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.workpackage.programmes.KnownProgramme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a work package and its measures: each command checks what may change and answers the work
 * package after it with the events it causes; {@link #referencesHold} checks that what a work package names
 * exists, given what the ports know of programmes and other work packages.
 */
public final class WorkPackageRules {

    private WorkPackageRules() {
    }

    public static Decision<WorkPackage> define(String id, WorkPackage workPackage, String actor, Instant now) {
        checkDependencies(id, workPackage);
        WorkPackage defined = new WorkPackage(workPackage.programmeId(), workPackage.code(), workPackage.title(),
                workPackage.goalCodes(), workPackage.termIds(), workPackage.owner(), workPackage.status(),
                workPackage.dependsOn(), List.of(), List.of(), workPackage.programmeCode(), workPackage.notes(),
                workPackage.basis(), workPackage.statusBasis());
        return Decision.of(defined, PendingEvent.of(WorkPackageEvents.DEFINED,
                new WorkPackageDefined(data(id, defined), actor, now), now));
    }

    /** Replaces the definition (code, title, goals, terms, owner, status, dependencies); measures and assessments stay. */
    public static Decision<WorkPackage> revise(String id, WorkPackage before, WorkPackage definition, String actor, Instant now) {
        if (!before.status().canBecome(definition.status())) {
            throw new DomainRuleViolation("A " + before.status().name().toLowerCase() + " work package cannot become "
                    + definition.status().name().toLowerCase() + ".");
        }
        if (!before.programmeId().equals(definition.programmeId())) {
            throw new DomainRuleViolation("A work package stays in its programme.");
        }
        checkDependencies(id, definition);
        WorkPackage after = before.withDefinition(definition);
        if (after.equals(before)) {
            return Decision.of(before);
        }
        return Decision.of(after, PendingEvent.of(WorkPackageEvents.REVISED,
                new WorkPackageRevised(data(id, after), before.status().name(), actor, now), now));
    }

    public static Decision<WorkPackage> assessConfidence(String id, WorkPackage before, DeliveryConfidence rating, String rationale,
            String actor, Instant now) {
        ConfidenceAssessment assessment = new ConfidenceAssessment(rating, rationale, actor, now);
        List<ConfidenceAssessment> history = new ArrayList<>(before.confidenceHistory());
        history.add(assessment);
        WorkPackage after = before.withConfidenceHistory(history);
        String previous = before.confidence().map(c -> c.rating().name()).orElse(null);
        return Decision.of(after, PendingEvent.of(WorkPackageEvents.CONFIDENCE_CHANGED, new ConfidenceChanged(id,
                before.programmeId(), before.code(), rating.name(), previous, assessment.rationale(), actor, now,
                before.programmeCode()), now));
    }

    public static Decision<WorkPackage> addMeasure(String id, WorkPackage before, NewMeasure measure, String actor, Instant now) {
        Measure added = Measure.added(measure.id(), measure.code(), measure.title(), measure.termIds(), List.of(), measure.basis());
        WorkPackage after = before.withMeasures(append(before.measures(), List.of(added)));
        return measureEvent(WorkPackageEvents.MEASURE_ADDED, id, after, List.of(added), null, actor, now);
    }

    /** A new code, title or terms: the measure keeps its id, so it can be followed across terms. */
    public static Decision<WorkPackage> reviseMeasure(String id, WorkPackage before, String measureId, NewMeasure revision, String actor, Instant now) {
        Measure current = active(before, measureId);
        Measure revised = current.revised(revision.code(), revision.title(), revision.termIds(), revision.basis());
        if (revised.equals(current)) {
            return Decision.of(before);
        }
        WorkPackage after = before.withMeasures(replace(before.measures(), List.of(revised)));
        return measureEvent(WorkPackageEvents.MEASURE_REVISED, id, after, List.of(revised), null, actor, now);
    }

    public static Decision<WorkPackage> split(String id, WorkPackage before, String measureId, List<NewMeasure> into, String reason,
            String actor, Instant now) {
        if (into.size() < 2) {
            throw new DomainRuleViolation("A measure is split into two or more measures.");
        }
        Measure split = active(before, measureId).ended(MeasureStatus.SPLIT, into.stream().map(NewMeasure::id).toList(), reason);
        List<Measure> created = into.stream()
                .map(m -> Measure.added(m.id(), m.code(), m.title(), m.termIds(), List.of(measureId), m.basis())).toList();
        WorkPackage after = before.withMeasures(append(replace(before.measures(), List.of(split)), created));
        return measureEvent(WorkPackageEvents.MEASURE_SPLIT, id, after, append(List.of(split), created), reason, actor, now);
    }

    public static Decision<WorkPackage> merge(String id, WorkPackage before, List<String> measureIds, NewMeasure into, String reason,
            String actor, Instant now) {
        Set<String> distinct = new HashSet<>(measureIds);
        if (distinct.size() < 2 || distinct.size() != measureIds.size()) {
            throw new DomainRuleViolation("Two or more different measures are merged.");
        }
        List<Measure> merged = measureIds.stream()
                .map(measureId -> active(before, measureId).ended(MeasureStatus.MERGED, List.of(into.id()), reason)).toList();
        Measure result = Measure.added(into.id(), into.code(), into.title(), into.termIds(), measureIds, into.basis());
        WorkPackage after = before.withMeasures(append(replace(before.measures(), merged), List.of(result)));
        return measureEvent(WorkPackageEvents.MEASURES_MERGED, id, after, append(merged, List.of(result)), reason, actor, now);
    }

    public static Decision<WorkPackage> drop(String id, WorkPackage before, String measureId, String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("Say why the measure is dropped.");
        }
        Measure dropped = active(before, measureId).ended(MeasureStatus.DROPPED, List.of(), reason.strip());
        WorkPackage after = before.withMeasures(replace(before.measures(), List.of(dropped)));
        return measureEvent(WorkPackageEvents.MEASURE_DROPPED, id, after, List.of(dropped), reason.strip(), actor, now);
    }

    /**
     * A work package names a programme this service knows, only goals and terms of that programme, and as
     * dependencies only other work packages of that programme. Checked whenever a command changes a work
     * package, so a change never stores a reference that does not hold (any more); a roadmap import is the one
     * exception, since the programme context checked the whole document against the programme it defines.
     *
     * @param programme               the programme as this service has learnt it, if it has
     * @param dependenciesInProgramme those of the work package's dependencies that are work packages of its programme
     */
    public static void referencesHold(String id, WorkPackage workPackage, Optional<KnownProgramme> programme,
            Set<String> dependenciesInProgramme) {
        KnownProgramme known = programme.orElseThrow(() -> new DomainRuleViolation(
                "Programme " + workPackage.programmeId() + " is not known (yet) to the work package service."));
        List<String> unknownGoals = workPackage.goalCodes().stream().filter(goal -> !known.goalCodes().contains(goal)).toList();
        if (!unknownGoals.isEmpty()) {
            throw new DomainRuleViolation("Programme " + known.code() + " has no goal(s) " + unknownGoals + ".");
        }
        List<String> outsideTerms = workPackage.termIds().stream().filter(term -> !known.termIds().contains(term)).toList();
        if (!outsideTerms.isEmpty()) {
            throw new DomainRuleViolation("Programme " + known.code() + " does not cover term(s) " + outsideTerms + ".");
        }
        for (String dependency : workPackage.dependsOn()) {
            if (dependency.equals(id) || !dependenciesInProgramme.contains(dependency)) {
                throw new DomainRuleViolation("A work package depends only on other work packages of its programme: " + dependency);
            }
        }
    }

    private static Measure active(WorkPackage workPackage, String measureId) {
        Measure measure = workPackage.measure(measureId);
        if (!measure.isActive()) {
            throw new DomainRuleViolation("Measure " + measure.code() + " is " + measure.status().name().toLowerCase()
                    + ": only active measures change.");
        }
        return measure;
    }

    private static void checkDependencies(String id, WorkPackage workPackage) {
        if (workPackage.dependsOn().contains(id)) {
            throw new DomainRuleViolation("A work package cannot depend on itself.");
        }
    }

    private static Decision<WorkPackage> measureEvent(EventContract<MeasureChanged> contract, String id, WorkPackage after,
            List<Measure> touched, String reason, String actor, Instant now) {
        List<MeasureData> measures = touched.stream().map(measure -> new MeasureData(measure.id(), id, after.programmeId(),
                measure.code(), measure.title().toEvent(), measure.termIds(), measure.status().name(), measure.predecessors(),
                measure.successors(), after.code(), after.programmeCode(), Basis.toEvent(measure.basis()))).toList();
        return Decision.of(after, PendingEvent.of(contract, new MeasureChanged(id, after.programmeId(), measures, reason,
                actor, now, after.code(), after.programmeCode()), now));
    }

    static WorkPackageData data(String id, WorkPackage workPackage) {
        return new WorkPackageData(id, workPackage.programmeId(), workPackage.code(), workPackage.title().toEvent(),
                workPackage.goalCodes(), workPackage.termIds(), workPackage.owner(), workPackage.status().name(),
                workPackage.dependsOn(), workPackage.programmeCode(), workPackage.notes().stream().map(Note::toEvent).toList(),
                Basis.toEvent(workPackage.basis()), Basis.toEvent(workPackage.statusBasis()));
    }

    private static List<Measure> replace(List<Measure> measures, List<Measure> changed) {
        return measures.stream().map(m -> changed.stream().filter(c -> c.id().equals(m.id())).findFirst().orElse(m)).toList();
    }

    private static <T> List<T> append(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
