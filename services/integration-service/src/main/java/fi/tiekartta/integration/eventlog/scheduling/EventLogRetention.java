package fi.tiekartta.integration.eventlog.scheduling;

import fi.tiekartta.integration.eventlog.EventLog;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;

/**
 * Removes the events the log has kept longer than {@code tiekartta.event-log.retention} (30 days,
 * {@code EVENT_LOG_RETENTION}), every {@code tiekartta.event-log.cleanup-interval} (an hour), one replica at a time
 * (ShedLock's lock in the {@code shedlock} collection; removing twice would do no harm, the lock saves the work).
 */
public class EventLogRetention {

    /** The lock's name in the {@code shedlock} collection. */
    public static final String LOCK = "event-log-retention";

    private static final Logger log = LoggerFactory.getLogger(EventLogRetention.class);

    private final EventLog eventLog;
    private final Clock clock;
    private final Duration retention;

    public EventLogRetention(EventLog eventLog, Clock clock, Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("tiekartta.event-log.retention must be positive, not " + retention);
        }
        this.eventLog = eventLog;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${tiekartta.event-log.cleanup-interval}",
            initialDelayString = "${tiekartta.event-log.cleanup-interval}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1S")
    public void run() {
        long removed = eventLog.removeAppendedBefore(clock.instant().minus(retention));
        if (removed > 0) {
            log.info("Removed {} event log position(s) older than {}", removed, retention);
        }
    }
}
