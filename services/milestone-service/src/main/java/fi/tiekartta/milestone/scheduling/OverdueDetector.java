package fi.tiekartta.milestone.milestone.scheduling;

import fi.tiekartta.milestone.milestone.FinnishTime;
import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.milestone.milestone.MilestoneChange;
import fi.tiekartta.milestone.milestone.MilestoneRevisions;
import fi.tiekartta.milestone.milestone.MilestoneStatus;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StaleVersionException;
import fi.tiekartta.platform.aggregate.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/**
 * Finds the open milestones whose forecast has ended and flags each one overdue once per forecast
 * ({@link MilestoneRevisions#flagOverdue}). Every flag is a change of the milestone at the version it was
 * read at, written together with its {@code overdue.v1} event; when another check (another replica) or an
 * admin changed the milestone meanwhile, the write is refused and this run leaves it to the next one, which
 * reads it afresh. So the event goes out once per forecast however many checks run, with or without the
 * lock that normally keeps them apart ({@link OverdueCheck}).
 */
public class OverdueDetector {

    /** Who the history names for a flag. */
    public static final String ACTOR = "overdue-check";

    private static final Logger log = LoggerFactory.getLogger(OverdueDetector.class);
    private static final int PAGE = 100;

    private final AggregateStore<Milestone> milestones;
    private final Clock clock;

    public OverdueDetector(AggregateStore<Milestone> milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    /** Flags the milestones that have become overdue; answers how many this run flagged. */
    public int flagOverdueMilestones() {
        Instant now = clock.instant();
        Query candidates = Query.query(Criteria.where(STATE + ".status").in(MilestoneStatus.open().stream().map(Enum::name).toList())
                        .and(STATE + ".forecast.end").lt(FinnishTime.dateOf(now)))
                .with(Sort.by("_id"));
        int flagged = 0;
        Page<Versioned<Milestone>> page;
        int number = 0;
        do {
            page = milestones.find(candidates, PageRequest.of(number++, PAGE));
            for (Versioned<Milestone> milestone : page) {
                if (flag(milestone, now)) {
                    flagged++;
                }
            }
        } while (page.hasNext());
        return flagged;
    }

    private boolean flag(Versioned<Milestone> milestone, Instant now) {
        Optional<MilestoneChange> change = MilestoneRevisions.flagOverdue(milestone.id(), milestone.state(), now);
        if (change.isEmpty()) {
            return false;
        }
        try {
            milestones.change(milestone.id(), milestone.version(), change.get().milestone(), ACTOR, now,
                    change.get().events());
            return true;
        } catch (StaleVersionException e) {
            log.debug("Milestone {} changed while it was checked; the next check looks again", milestone.id());
            return false;
        }
    }
}
