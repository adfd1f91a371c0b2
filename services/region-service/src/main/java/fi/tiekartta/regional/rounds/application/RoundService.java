package fi.tiekartta.regional.rounds.application;

import fi.tiekartta.platform.idempotency.IdempotentIds;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.StaleVersionException;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import fi.tiekartta.regional.programmes.KnownProgramme;
import fi.tiekartta.regional.programmes.ProgrammeCatalogue;
import fi.tiekartta.regional.regions.RegionCatalogue;
import fi.tiekartta.regional.rounds.ReportingRound;
import fi.tiekartta.regional.rounds.ReportingRounds;
import fi.tiekartta.regional.rounds.RoundFilter;
import fi.tiekartta.regional.rounds.RoundProposal;
import fi.tiekartta.regional.rounds.RoundRules;
import fi.tiekartta.regional.rounds.RoundStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What can be done with reporting rounds: admins open, revise and close them, the deadline check closes the
 * due ones ({@link RoundRules} decides each), everyone reads them.
 */
@Service
public class RoundService {

    private static final Logger log = LoggerFactory.getLogger(RoundService.class);
    private static final int DUE_BATCH = 100;

    private final ReportingRounds rounds;
    private final MeasureCatalogue measures;
    private final RegionCatalogue regions;
    private final HumanKeys keys;
    private final ProgrammeCatalogue programmes;
    private final Clock clock;

    RoundService(ReportingRounds rounds, MeasureCatalogue measures, RegionCatalogue regions, HumanKeys keys,
            ProgrammeCatalogue programmes, Clock clock) {
        this.rounds = rounds;
        this.programmes = programmes;
        this.measures = measures;
        this.regions = regions;
        this.keys = keys;
        this.clock = clock;
    }

    public Versioned<ReportingRound> open(RoundProposal proposal, String actor) {
        String id = IdempotentIds.newId();
        Instant now = clock.instant();
        return rounds.create(id, RoundRules.open(id, proposal.toRound(regions), measures, regions, keys, actor, now), actor, now);
    }

    /** Title and deadline of an open round; its measures and regions may be added to. */
    public Versioned<ReportingRound> revise(String id, long expectedVersion, RoundProposal proposal, String actor) {
        Instant now = clock.instant();
        return rounds.update(id, expectedVersion, actor, now,
                round -> RoundRules.revise(id, round, proposal.toRound(regions), measures, regions, keys, actor, now));
    }

    /** Closes the round by hand: its reports are frozen from now on. */
    public Versioned<ReportingRound> close(String id, long expectedVersion, String actor) {
        Instant now = clock.instant();
        return rounds.update(id, expectedVersion, actor, now, round -> RoundRules.closeByHand(id, round, keys, actor, now));
    }

    /**
     * Closes the open rounds whose deadline has passed ({@link RoundRules#closeIfDue}), each as a change at the
     * version it was read at, with its {@code closed.v1} event. When an admin closed or revised the round
     * meanwhile, the write is refused and the next run reads it afresh: a round closes once, however many
     * replicas check. Reports stop accepting changes at the deadline itself, not when this runs. Answers how
     * many rounds this run closed.
     */
    public int closeDueRounds() {
        Instant now = clock.instant();
        int closed = 0;
        List<Versioned<ReportingRound>> batch;
        do {
            // Closed rounds leave the query, so each batch is read from the start.
            batch = rounds.dueAt(now, PageRequest.of(0, DUE_BATCH)).getContent();
            int closedInBatch = (int) batch.stream().filter(round -> closeIfDue(round, now)).count();
            closed += closedInBatch;
            if (closedInBatch == 0) {
                break;
            }
        } while (batch.size() == DUE_BATCH);
        return closed;
    }

    public Versioned<ReportingRound> get(String id, Instant asOf) {
        return rounds.get(id, asOf);
    }

    public List<Revision> history(String id) {
        return rounds.history(id);
    }

    public Page<Versioned<ReportingRound>> list(RoundFilter filter, Pageable page) {
        return rounds.matching(filter, page);
    }

    /**
     * The rounds by id or human key: {@code programmeId} and/or {@code programmeCode} (e.g. SHKO), the status,
     * {@code regionCode} (a region asked, e.g. 09) and {@code measureCode} (a measure in scope, e.g. TP6.1, of any
     * programme unless the programme is named too). A code nothing is known by matches no round.
     */
    public Page<Versioned<ReportingRound>> list(String programmeId, String programmeCode, RoundStatus status,
            String regionCode, String measureCode, Pageable page) {
        Set<String> programmeIds = programmeId == null ? null : new HashSet<>(Set.of(programmeId));
        if (programmeCode != null) {
            Set<String> withCode = programmes.withCode(programmeCode).stream().map(KnownProgramme::programmeId)
                    .collect(Collectors.toSet());
            if (programmeIds == null) {
                programmeIds = withCode;
            } else {
                programmeIds.retainAll(withCode);
            }
        }
        List<String> measureIds = measureCode == null ? null
                : measures.withCode(measureCode).stream().map(KnownMeasure::measureId).toList();
        return rounds.matching(new RoundFilter(programmeIds, status, regionCode, measureIds), page);
    }

    private boolean closeIfDue(Versioned<ReportingRound> due, Instant now) {
        try {
            Versioned<ReportingRound> after = rounds.update(due, RoundRules.SYSTEM, now,
                    round -> RoundRules.closeIfDue(due.id(), round, keys, now).orElse(Decision.of(round)));
            return after.version() != due.version();
        } catch (StaleVersionException e) {
            log.debug("Round {} changed while it was checked; the next check looks again", due.id());
            return false;
        }
    }
}
