package fi.tiekartta.platform.idempotency;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the Idempotency-Keys whose time is up, one replica at a time (the platform's ShedLock provider). Explicit,
 * because the local MongoDB-wire server does not expire TTL indexes (docs/mongodb-compatibility.md). A key is treated
 * as forgotten from its expiry on, whether or not this has run yet.
 */
class IdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);
    private static final String LOCK = "idempotency-keys-cleanup";

    private final IdempotencyRecords records;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    IdempotencyCleanup(IdempotencyRecords records, LockProvider lockProvider, Clock clock) {
        this.records = records;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tiekartta.idempotency.cleanup-interval:1h}",
            initialDelayString = "${tiekartta.idempotency.cleanup-interval:1h}")
    void deleteExpired() {
        try {
            locks.executeWithLock((Runnable) this::deleteExpiredNow,
                    new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
        } catch (RuntimeException e) {
            log.warn("Could not delete expired Idempotency-Keys; will try again: {}", e.toString());
        }
    }

    /** Deletes now, without the lock: for tests and tools. */
    long deleteExpiredNow() {
        long deleted = records.deleteExpired(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} expired Idempotency-Keys", deleted);
        }
        return deleted;
    }
}
