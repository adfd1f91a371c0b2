package fi.tiekartta.platform.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps replicas of a service from publishing the same collection at the same time: each pass of the relay over a
 * collection runs under a lock named after it, and a replica that finds the lock taken skips the pass and tries
 * again shortly (its pending ids stay queued). Publishing twice would not be wrong (delivery is at least once),
 * but concurrent passes would send the same events twice as a rule, and could interleave one aggregate's events.
 */
@FunctionalInterface
public interface OutboxLocks {

    /** Runs {@code work} while holding lock {@code name}; empty, without running it, when another holder has it. */
    <T> Optional<T> runExclusively(String name, Duration atMostFor, Supplier<T> work);

    /** No coordination between processes: for a single replica, and tests. */
    static OutboxLocks inProcess() {
        return new OutboxLocks() {
            @Override
            public synchronized <T> Optional<T> runExclusively(String name, Duration atMostFor, Supplier<T> work) {
                return Optional.ofNullable(work.get());
            }
        };
    }
}
