package fi.tiekartta.milestone.application;

import fi.tiekartta.platform.idempotency.IdempotentIds;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.milestone.ImportedMilestone;
import fi.tiekartta.milestone.Milestone;
import fi.tiekartta.milestone.MilestoneFilter;
import fi.tiekartta.milestone.MilestoneRules;
import fi.tiekartta.milestone.Milestones;
import fi.tiekartta.milestone.ParentKind;
import fi.tiekartta.milestone.ParentRef;
import fi.tiekartta.milestone.WaitingImports;
import fi.tiekartta.milestone.parents.KnownParents;
import fi.tiekartta.kernel.period.PeriodValue;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.StaleVersionException;
import fi.tiekartta.platform.aggregate.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything that is done with milestones, whoever asks: the API, the overdue check and the roadmap import all
 * come here. A command reads the milestone, lets {@link MilestoneRules} decide and stores the decision at the
 * version it was based on ({@link Milestones#update}); who did it is the caller's to say.
 */
@Service
public class MilestoneService {

    private static final Logger log = LoggerFactory.getLogger(MilestoneService.class);
    private static final int OVERDUE_PAGE = 100;

    private final Milestones milestones;
    private final KnownParents parents;
    private final References references;
    private final WaitingImports waiting;
    private final Clock clock;

    public MilestoneService(Milestones milestones, KnownParents parents, WaitingImports waiting, Clock clock) {
        this.milestones = milestones;
        this.parents = parents;
        this.references = new References(parents);
        this.waiting = waiting;
        this.clock = clock;
    }

    /**
     * A new milestone of a programme and a work package or measure that this service knows (else 422), with a
     * code no other milestone of the programme has (else 409).
     */
    public MilestoneOnDay plan(Milestone milestone, String actor) {
        Milestone resolved = milestone.withKeys(references.of(milestone));
        if (resolved.code() != null && !milestones.matching(MilestoneFilter.byCode(resolved.programmeId(), resolved.code()),
                FinnishTime.dateOf(clock.instant()), PageRequest.of(0, 1)).isEmpty()) {
            throw new ConflictException("Programme " + resolved.keys().programmeCode()
                    + " already has a milestone with the code " + resolved.code() + ".");
        }
        String id = IdempotentIds.newId();
        Instant now = clock.instant();
        return onDay(milestones.create(id, MilestoneRules.plan(id, resolved, actor, now), actor, now), now);
    }

    /**
     * Replaces the milestone at {@code expectedVersion} with the proposed one. The proposal is built only once the
     * version is confirmed, so a client that has not seen the current milestone hears 412, not a verdict on it.
     */
    public MilestoneOnDay revise(String id, long expectedVersion, Supplier<Milestone> proposed, String actor) {
        Instant now = clock.instant();
        return onDay(milestones.update(id, expectedVersion, actor, now,
                before -> MilestoneRules.revise(id, before, resolved(proposed.get()), actor, now)), now);
    }

    private Milestone resolved(Milestone milestone) {
        return milestone.withKeys(references.of(milestone));
    }

    /**
     * The milestone at {@code expectedVersion} was achieved in {@code actual} (at the precision known);
     * {@code evidence} is added to its links.
     */
    public MilestoneOnDay achieve(String id, long expectedVersion, PeriodValue actual, List<EvidenceLink> evidence,
            String actor) {
        Instant now = clock.instant();
        return onDay(milestones.update(id, expectedVersion, actor, now,
                before -> MilestoneRules.achieve(id, before, actual, evidence, actor, now)), now);
    }

    /**
     * Flags each milestone that is overdue today and not yet flagged for its forecast, each at the version it was
     * read at, together with its {@code overdue.v1} event. When another check (another replica) or an admin
     * changed a milestone meanwhile, its write is refused and this run leaves it to the next one, which reads it
     * afresh: so the event goes out once per forecast however many checks run, with or without a lock.
     *
     * @return how many milestones this run flagged
     */
    public int flagOverdue(String actor) {
        Instant now = clock.instant();
        LocalDate today = FinnishTime.dateOf(now);
        int flagged = 0;
        Page<Versioned<Milestone>> page;
        int number = 0;
        do {
            page = milestones.overdueOn(today, PageRequest.of(number++, OVERDUE_PAGE));
            for (Versioned<Milestone> candidate : page) {
                if (flag(candidate, actor, now)) {
                    flagged++;
                }
            }
        } while (page.hasNext());
        return flagged;
    }

    private boolean flag(Versioned<Milestone> candidate, String actor, Instant now) {
        Optional<Decision<Milestone>> flag = MilestoneRules.flagOverdue(candidate.id(), candidate.state(), now);
        if (flag.isEmpty()) {
            return false; // flagged for this forecast already
        }
        try {
            // Taken on the version read; the store writes it only while the milestone is still at that version.
            milestones.update(candidate, actor, now, unchanged -> flag.get());
            return true;
        } catch (StaleVersionException e) {
            log.debug("Milestone {} changed while it was checked; the next check looks again", candidate.id());
            return false;
        }
    }

    /**
     * The milestones of an accepted roadmap import. Each one is checked first, so that one the import's check
     * should have refused fails the import loudly (its event is retried, then handed to the error handler)
     * instead of being dropped; then each waits until its parent is known and is applied: planned if new,
     * revised if different. Those whose parents are known already are applied now.
     */
    public void importing(List<ImportedMilestone> imported) {
        LocalDate today = FinnishTime.dateOf(clock.instant());
        imported.forEach(milestone -> milestone.check(today));
        imported.forEach(waiting::save);
        imported.forEach(this::applyIfParentKnown);
    }

    /**
     * Applies every waiting imported milestone whose parent is known by now (run when parents are learnt and
     * periodically). One that cannot be applied stays waiting, and one a rule refuses is logged as an error and
     * stays too: it is never dropped, and the others still go on.
     */
    public void applyWaitingImports() {
        for (ImportedMilestone milestone : waiting.all()) {
            try {
                applyIfParentKnown(milestone);
            } catch (RuntimeException e) {
                log.error("Imported milestone {} ({}) cannot be applied and stays waiting", milestone.entry().key(),
                        milestone.milestoneId(), e);
            }
        }
    }

    /** Applies it once its parent, and everything it refers to, is known here. */
    private void applyIfParentKnown(ImportedMilestone imported) {
        parentOf(imported).map(imported::toMilestone)
                .ifPresent(milestone -> references.ifKnown(milestone)
                        .ifPresent(keys -> apply(imported, milestone.withKeys(keys))));
    }

    private Optional<ParentRef> parentOf(ImportedMilestone imported) {
        return parents.workPackageId(imported.programmeId(), imported.workPackageCode()).flatMap(workPackageId ->
                imported.measureCode() == null
                        ? Optional.of(new ParentRef(ParentKind.WORK_PACKAGE, workPackageId))
                        : parents.measureId(workPackageId, imported.measureCode())
                                .map(measureId -> new ParentRef(ParentKind.MEASURE, measureId)));
    }

    private void apply(ImportedMilestone imported, Milestone milestone) {
        String id = imported.milestoneId();
        String actor = imported.acceptedBy();
        Instant now = clock.instant();
        try {
            Optional<Versioned<Milestone>> current = milestones.find(id);
            if (current.isEmpty()) {
                milestones.create(id, MilestoneRules.plan(id, milestone, actor, now), actor, now);
            } else {
                milestones.update(current.get(), actor, now, before -> MilestoneRules.revise(id, before, milestone, actor, now));
            }
            waiting.remove(id);
        } catch (DuplicateKeyException | StaleVersionException changedMeanwhile) {
            log.debug("Imported milestone {} changed meanwhile; tried again later", imported.entry().key());
        }
    }

    /** The milestone now or, when {@code asOf} is given, as it was then (and overdue as it was that day). */
    public MilestoneOnDay get(String id, Instant asOf) {
        return onDay(milestones.get(id, asOf), asOf == null ? clock.instant() : asOf);
    }

    public List<Revision> history(String id) {
        return milestones.history(id);
    }

    /** The milestones {@code filter} lets through, overdue judged today, by forecast end. */
    public Page<MilestoneOnDay> list(MilestoneFilter filter, Pageable page) {
        LocalDate today = FinnishTime.dateOf(clock.instant());
        return milestones.matching(filter, today, page).map(milestone -> new MilestoneOnDay(milestone, today));
    }

    private static MilestoneOnDay onDay(Versioned<Milestone> milestone, Instant at) {
        return new MilestoneOnDay(milestone, FinnishTime.dateOf(at));
    }
}
