package fi.tiekartta.kernel;

import fi.tiekartta.contracts.PendingEvent;

import java.util.List;
import java.util.Objects;

/**
 * What a rule decided about an aggregate: its state after the command and the events the command caused
 * (none when it changed nothing the world needs to hear about). Every context's rules answer with one; the
 * platform's {@code AggregateStore} stores a decision's state and events in one atomic write.
 *
 * @param <S> the aggregate's state
 */
public record Decision<S>(S state, List<PendingEvent<?>> events) {

    public Decision {
        Objects.requireNonNull(state, "state");
        events = List.copyOf(events);
    }

    /** The new state, with no event. */
    public static <S> Decision<S> of(S state) {
        return new Decision<>(state, List.of());
    }

    /** The new state and the one event it caused. */
    public static <S> Decision<S> of(S state, PendingEvent<?> event) {
        return new Decision<>(state, List.of(event));
    }
}
