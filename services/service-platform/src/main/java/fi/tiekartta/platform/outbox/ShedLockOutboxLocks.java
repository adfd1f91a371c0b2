package fi.tiekartta.platform.outbox;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link OutboxLocks} on ShedLock's {@link LockProvider}: with the Mongo provider, a lock is one document in the
 * service's {@code shedlock} collection, so every replica sharing the database sees it. {@code atMostFor} bounds how
 * long a replica that died while publishing keeps the others waiting.
 */
public class ShedLockOutboxLocks implements OutboxLocks {

    private static final Logger log = LoggerFactory.getLogger(ShedLockOutboxLocks.class);

    private final LockProvider lockProvider;

    public ShedLockOutboxLocks(LockProvider lockProvider) {
        this.lockProvider = lockProvider;
    }

    @Override
    public <T> Optional<T> runExclusively(String name, Duration atMostFor, Supplier<T> work) {
        Optional<SimpleLock> lock;
        try {
            lock = lockProvider.lock(new LockConfiguration(ClockProvider.now(), name, atMostFor, Duration.ZERO));
        } catch (RuntimeException e) {
            log.warn("Could not take lock {}; will retry: {}", name, e.toString());
            return Optional.empty();
        }
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            unlock(name, lock.get());
        }
    }

    private static void unlock(String name, SimpleLock lock) {
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            // The lock then expires after atMostFor; until then other replicas skip.
            log.warn("Could not release lock {}: {}", name, e.toString());
        }
    }
}
