package fi.tiekartta.region.rounds.scheduling;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StaleVersionException;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.region.rounds.ReportingRound;
import fi.tiekartta.region.rounds.RoundChange;
import fi.tiekartta.region.rounds.RoundRules;
import fi.tiekartta.region.rounds.RoundStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/**
 * Closes the open rounds whose deadline has passed ({@link RoundRules#closeIfDue}), each as a change at the
 * version it was read at, with its {@code closed.v1} event. When an admin closed or revised the round
 * meanwhile, the write is refused and the next run reads it afresh: a round closes once, however many
 * replicas check. Reports stop accepting changes at the deadline itself, not when this runs.
 */
public class DeadlineCloser {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCloser.class);
    private static final int BATCH = 100;

    private final AggregateStore<ReportingRound> rounds;
    private final Clock clock;

    public DeadlineCloser(AggregateStore<ReportingRound> rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    /** Closes the rounds that are due; answers how many this run closed. */
    public int closeDueRounds() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where(STATE + ".status").is(RoundStatus.OPEN.name())
                .and(STATE + ".deadline").lte(now)).with(Sort.by("_id"));
        int closed = 0;
        List<Versioned<ReportingRound>> batch;
        do {
            // Closed rounds leave the query, so each batch is read from the start.
            batch = rounds.find(due, PageRequest.of(0, BATCH)).getContent();
            int closedInBatch = 0;
            for (Versioned<ReportingRound> round : batch) {
                if (close(round, now)) {
                    closedInBatch++;
                }
            }
            closed += closedInBatch;
            if (closedInBatch == 0) {
                break;
            }
        } while (batch.size() == BATCH);
        return closed;
    }

    private boolean close(Versioned<ReportingRound> round, Instant now) {
        Optional<RoundChange> change = RoundRules.closeIfDue(round.id(), round.state(), now);
        if (change.isEmpty()) {
            return false;
        }
        try {
            rounds.change(round.id(), round.version(), change.get().round(), RoundRules.SYSTEM, now, change.get().events());
            return true;
        } catch (StaleVersionException e) {
            log.debug("Round {} changed while it was checked; the next check looks again", round.id());
            return false;
        }
    }
}
