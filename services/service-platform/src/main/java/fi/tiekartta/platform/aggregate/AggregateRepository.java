package fi.tiekartta.platform.aggregate;

import fi.tiekartta.kernel.Decision;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every context can do with its aggregates, whatever it keeps: store a new one, apply a rule's
 * {@link Decision} to a stored one, read it now or as it was, and read its history. A context's port
 * (e.g. {@code Milestones}) extends this with the queries it needs and is implemented in its
 * {@code persistence} package on {@link AggregateStore}.
 *
 * @param <S> the aggregate's state
 */
public interface AggregateRepository<S> {

    /** Stores a new aggregate at version 0 with the decision's events; a taken id or unique value is a DuplicateKeyException. */
    Versioned<S> create(String id, Decision<S> decision, String actor, Instant at);

    /**
     * The one way to change a stored aggregate: checks that it is still at {@code expectedVersion} (412 otherwise,
     * before any rule is asked), lets {@code decide} take the decision on its current state, and stores the new
     * state, a revision and the events in one atomic write that succeeds only if nobody changed it meanwhile.
     * A decision that changes nothing and causes no event is not recorded and answers the current version.
     */
    Versioned<S> update(String id, long expectedVersion, String actor, Instant at, Function<S, Decision<S>> decide);

    /** As {@link #update}, for a caller that has just read the aggregate (a scheduler, an import). */
    default Versioned<S> update(Versioned<S> current, String actor, Instant at, Function<S, Decision<S>> decide) {
        return update(current.id(), current.version(), actor, at, decide);
    }

    Optional<Versioned<S>> find(String id);

    /** The aggregate now; 404 when there is none. */
    Versioned<S> get(String id);

    /** The aggregate now or, when {@code asOf} is given, as it was then; 404 when it did not exist then. */
    Versioned<S> get(String id, Instant asOf);

    /** Every change of the aggregate, oldest first; 404 when there is none. */
    List<Revision> history(String id);

    /** Every aggregate in a stable order, one page at a time. */
    Page<Versioned<S>> findAll(Pageable pageable);
}
