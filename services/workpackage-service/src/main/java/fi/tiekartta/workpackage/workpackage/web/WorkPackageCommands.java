package fi.tiekartta.workpackage.workpackage.web;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.web.ConflictException;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.workpackage.programmes.KnownProgramme;
import fi.tiekartta.workpackage.programmes.KnownProgrammes;
import fi.tiekartta.workpackage.workpackage.Changed;
import fi.tiekartta.workpackage.workpackage.WorkPackage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * How every command runs: check what the rules cannot see (the programme, its goals and terms, the
 * dependencies), apply the domain's change to the version named by If-Match, store state, revision and
 * events in one write.
 */
@Component
class WorkPackageCommands {

    /** A change to a work package: given its current state, the actor and the time, the result and its events. */
    interface Change {
        Changed apply(WorkPackage current, String actor, Instant now);
    }

    private final AggregateStore<WorkPackage> workPackages;
    private final KnownProgrammes programmes;
    private final Clock clock;

    WorkPackageCommands(AggregateStore<WorkPackage> workPackages, KnownProgrammes programmes, Clock clock) {
        this.workPackages = workPackages;
        this.programmes = programmes;
        this.clock = clock;
    }

    Versioned<WorkPackage> define(String id, WorkPackage definition, BiFunction<String, Instant, Changed> define) {
        checkReferences(id, definition);
        Instant now = clock.instant();
        String actor = Actor.current().username();
        Changed changed = define.apply(actor, now);
        return uniqueCode(definition, () -> workPackages.add(id, changed.after(), actor, now, changed.events()));
    }

    Versioned<WorkPackage> change(String id, String ifMatch, Change change) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<WorkPackage> current = workPackages.getForChange(id, expectedVersion);
        Instant now = clock.instant();
        String actor = Actor.current().username();
        Changed changed = change.apply(current.state(), actor, now);
        if (!changed.after().equals(current.state())) {
            checkReferences(id, changed.after());
        }
        return uniqueCode(changed.after(), () -> workPackages.change(id, expectedVersion, changed.after(), actor, now, changed.events()));
    }

    private void checkReferences(String id, WorkPackage workPackage) {
        KnownProgramme programme = programmes.find(workPackage.programmeId()).orElseThrow(() -> new DomainRuleViolation(
                "Programme " + workPackage.programmeId() + " is not known (yet) to the work package service."));
        List<String> unknownGoals = workPackage.goalCodes().stream().filter(goal -> !programme.goalCodes().contains(goal)).toList();
        if (!unknownGoals.isEmpty()) {
            throw new DomainRuleViolation("Programme " + programme.code() + " has no goal(s) " + unknownGoals + ".");
        }
        List<String> outsideTerms = workPackage.termIds().stream().filter(term -> !programme.termIds().contains(term)).toList();
        if (!outsideTerms.isEmpty()) {
            throw new DomainRuleViolation("Programme " + programme.code() + " does not cover term(s) " + outsideTerms + ".");
        }
        for (String dependency : workPackage.dependsOn()) {
            boolean sameProgramme = workPackages.find(dependency)
                    .filter(other -> other.state().programmeId().equals(workPackage.programmeId())).isPresent();
            if (!sameProgramme || dependency.equals(id)) {
                throw new DomainRuleViolation("A work package depends only on other work packages of its programme: " + dependency);
            }
        }
    }

    private static Versioned<WorkPackage> uniqueCode(WorkPackage workPackage, Supplier<Versioned<WorkPackage>> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The programme has a work package with code " + workPackage.code() + " already.");
        }
    }
}
