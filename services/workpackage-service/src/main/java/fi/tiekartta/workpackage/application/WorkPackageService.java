package fi.tiekartta.workpackage.application;

import fi.tiekartta.platform.idempotency.IdempotentIds;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.workpackage.DeliveryConfidence;
import fi.tiekartta.workpackage.Measure;
import fi.tiekartta.workpackage.NewMeasure;
import fi.tiekartta.workpackage.WorkPackage;
import fi.tiekartta.workpackage.WorkPackageFilter;
import fi.tiekartta.workpackage.WorkPackageRules;
import fi.tiekartta.workpackage.WorkPackages;
import fi.tiekartta.workpackage.application.ImportedWorkPackage.ImportedMeasure;
import fi.tiekartta.workpackage.programmes.KnownProgramme;
import fi.tiekartta.workpackage.programmes.KnownProgrammes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every command on a work package and its measures, whoever gives it (the API, the roadmap import), and
 * the queries. A command loads the work package at the version the caller saw, lets {@link WorkPackageRules}
 * decide, checks that the references still hold, and stores state and events in one write.
 */
@Service
public class WorkPackageService {

    /** A rule applied to the current work package at the time of the command. */
    @FunctionalInterface
    private interface Rule {
        Decision<WorkPackage> decide(WorkPackage current, Instant now);
    }

    private static final Logger log = LoggerFactory.getLogger(WorkPackageService.class);

    private final WorkPackages workPackages;
    private final KnownProgrammes programmes;
    private final Clock clock;

    WorkPackageService(WorkPackages workPackages, KnownProgrammes programmes, Clock clock) {
        this.workPackages = workPackages;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** A new work package, with a new id, defined as given: no measures or assessments yet. */
    public Versioned<WorkPackage> define(WorkPackage definition, String actor) {
        String id = IdempotentIds.newId();
        referencesHold(id, definition);
        WorkPackage named = withProgrammeCode(definition);
        Instant now = clock.instant();
        return codeTakenOnce(named, () -> workPackages.create(id, WorkPackageRules.define(id, named, actor, now), actor, now));
    }

    /** Replaces the definition of the work package; its measures and assessments stay. */
    public Versioned<WorkPackage> revise(String id, long expectedVersion, WorkPackage definition, String actor) {
        WorkPackage named = withProgrammeCode(definition);
        return codeTakenOnce(named, () -> change(id, expectedVersion, actor,
                (current, now) -> WorkPackageRules.revise(id, current, named, actor, now)));
    }

    public Versioned<WorkPackage> assessConfidence(String id, long expectedVersion, DeliveryConfidence rating,
            String rationale, String actor) {
        return change(id, expectedVersion, actor,
                (current, now) -> WorkPackageRules.assessConfidence(id, current, rating, rationale, actor, now));
    }

    public Versioned<WorkPackage> addMeasure(String id, long expectedVersion, NewMeasure measure, String actor) {
        return change(id, expectedVersion, actor, (current, now) -> WorkPackageRules.addMeasure(id, current, measure, actor, now));
    }

    public Versioned<WorkPackage> reviseMeasure(String id, long expectedVersion, String measureId, NewMeasure revision,
            String actor) {
        return change(id, expectedVersion, actor,
                (current, now) -> WorkPackageRules.reviseMeasure(id, current, measureId, revision, actor, now));
    }

    public Versioned<WorkPackage> splitMeasure(String id, long expectedVersion, String measureId, List<NewMeasure> into,
            String reason, String actor) {
        return change(id, expectedVersion, actor,
                (current, now) -> WorkPackageRules.split(id, current, measureId, into, reason, actor, now));
    }

    public Versioned<WorkPackage> mergeMeasures(String id, long expectedVersion, List<String> measureIds, NewMeasure into,
            String reason, String actor) {
        return change(id, expectedVersion, actor,
                (current, now) -> WorkPackageRules.merge(id, current, measureIds, into, reason, actor, now));
    }

    public Versioned<WorkPackage> dropMeasure(String id, long expectedVersion, String measureId, String reason, String actor) {
        return change(id, expectedVersion, actor,
                (current, now) -> WorkPackageRules.drop(id, current, measureId, reason, actor, now));
    }

    /**
     * Applies the work packages of one programme of an accepted roadmap import. Work packages are matched by
     * code within their programme and measures by code among the active ones, so ids stay stable across
     * re-imports; what is new is defined, what differs is revised, the rest is left alone. Repeating it changes
     * nothing, so a redelivery finishes a half-applied import. References are not checked again: the programme
     * context checked the whole document before accepting it, and this service may not have learnt the
     * programme from its events yet.
     */
    public void applyImport(String importId, String programmeId, List<ImportedWorkPackage> imported, String actor) {
        // First every work package exists, so dependencies (by code in the document) can name their ids.
        Map<String, String> idsByCode = new HashMap<>();
        for (ImportedWorkPackage entry : imported) {
            idsByCode.put(entry.code(), workPackages.withCode(programmeId, entry.code()).map(Versioned::id)
                    .orElseGet(() -> defineImported(programmeId, entry, actor)));
        }
        for (ImportedWorkPackage entry : imported) {
            String id = idsByCode.get(entry.code());
            WorkPackage definition = entry.definition(programmeId, idsByCode);
            try {
                changeImported(id, actor, (current, now) -> WorkPackageRules.revise(id, current, definition, actor, now));
                for (ImportedMeasure measure : entry.measures()) {
                    changeImported(id, actor, (current, now) -> importMeasure(id, current, measure, actor, now));
                }
            } catch (DomainRuleViolation e) {
                log.warn("Import {}: work package {} of programme {} left as it is: {}", importId, entry.code(), programmeId,
                        e.getMessage());
            }
        }
    }

    /** The work package now or, when {@code asOf} is given, as it was then. */
    public Versioned<WorkPackage> get(String id, Instant asOf) {
        return workPackages.get(id, asOf);
    }

    public List<Measure> measures(String id, Instant asOf) {
        return get(id, asOf).state().measures();
    }

    public List<Revision> history(String id) {
        return workPackages.history(id);
    }

    public Page<Versioned<WorkPackage>> list(WorkPackageFilter filter, Pageable page) {
        return workPackages.matching(filter, page);
    }

    /** The work package naming its programme by the code this service last learnt for it, if it has learnt one. */
    private WorkPackage withProgrammeCode(WorkPackage workPackage) {
        return workPackage.withProgrammeCode(programmes.find(workPackage.programmeId()).map(KnownProgramme::code).orElse(null));
    }

    /**
     * Applies the rule to the version the caller saw, the programme's code refreshed as last learnt; a work package
     * that changes must still name what exists.
     */
    private Versioned<WorkPackage> change(String id, long expectedVersion, String actor, Rule rule) {
        Instant now = clock.instant();
        return workPackages.update(id, expectedVersion, actor, now, stored -> {
            WorkPackage current = withProgrammeCode(stored);
            Decision<WorkPackage> decision = rule.decide(current, now);
            if (!decision.state().equals(stored)) {
                referencesHold(id, decision.state());
            }
            return decision;
        });
    }

    private String defineImported(String programmeId, ImportedWorkPackage entry, String actor) {
        String id = IdempotentIds.newId();
        Instant now = clock.instant();
        try {
            workPackages.create(id, WorkPackageRules.define(id, entry.definition(programmeId, Map.of()), actor, now), actor, now);
            return id;
        } catch (DuplicateKeyException definedMeanwhile) {
            return workPackages.withCode(programmeId, entry.code()).map(Versioned::id).orElseThrow(() -> definedMeanwhile);
        }
    }

    /** Applies the rule to the work package as it is now: an import does not know, or care, which version it saw. */
    private void changeImported(String id, String actor, Rule rule) {
        Instant now = clock.instant();
        workPackages.update(workPackages.get(id), actor, now, current -> rule.decide(current, now));
    }

    /** The active measure with the imported code is revised (its id stays); a code not among them is a new measure. */
    private static Decision<WorkPackage> importMeasure(String id, WorkPackage current, ImportedMeasure measure,
            String actor, Instant now) {
        return current.activeMeasure(measure.code())
                .map(existing -> WorkPackageRules.reviseMeasure(id, current, existing.id(),
                        new NewMeasure(existing.id(), measure.code(), measure.title(), measure.termIds(), measure.basis()), actor, now))
                .orElseGet(() -> WorkPackageRules.addMeasure(id, current,
                        new NewMeasure(IdempotentIds.newId(), measure.code(), measure.title(), measure.termIds(),
                                measure.basis()), actor, now));
    }

    /** Asks the ports what {@link WorkPackageRules#referencesHold} needs to know. */
    private void referencesHold(String id, WorkPackage workPackage) {
        WorkPackageRules.referencesHold(id, workPackage, programmes.find(workPackage.programmeId()),
                workPackages.ofProgramme(workPackage.programmeId(), workPackage.dependsOn()));
    }

    /** The unique index keeps a code once within a programme, also when two clients take it at the same time. */
    private static Versioned<WorkPackage> codeTakenOnce(WorkPackage workPackage, Supplier<Versioned<WorkPackage>> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The programme has a work package with code " + workPackage.code() + " already.");
        }
    }
}
