package fi.tiekartta.milestone;

import fi.tiekartta.platform.aggregate.AggregateRepository;
import fi.tiekartta.platform.aggregate.Versioned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.time.LocalDate;

/** The milestones this context keeps, and the questions it asks about them. */
public interface Milestones extends AggregateRepository<Milestone> {

    /**
     * The milestones overdue on {@code day} exactly as {@link Overdue} defines it (flagged already or not), in a
     * stable order, so that paging through them while flagging them misses none.
     */
    Page<Versioned<Milestone>> overdueOn(LocalDate day, Pageable page);

    /** The milestones {@code filter} lets through, overdue judged on {@code day}, by forecast end (then id). */
    Page<Versioned<Milestone>> matching(MilestoneFilter filter, LocalDate day, Pageable page);
}
