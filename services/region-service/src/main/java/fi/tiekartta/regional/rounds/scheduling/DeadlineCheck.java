package fi.tiekartta.regional.rounds.scheduling;

import fi.tiekartta.regional.rounds.application.RoundService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline check every {@code tiekartta.reporting.deadline-check-interval} (default one minute,
 * {@code REPORTING_DEADLINE_CHECK_INTERVAL}). ShedLock's lock in MongoDB (the platform's
 * SchedulerLockAutoConfiguration, collection {@code shedlock}) lets one replica at a time run it; that saves
 * work, while closing once rests on the round's own versioned change ({@link RoundService#closeDueRounds}).
 */
@Component
public class DeadlineCheck {

    /** The lock's name in the {@code shedlock} collection. */
    public static final String LOCK = "reporting-round-deadline-check";

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final RoundService rounds;

    DeadlineCheck(RoundService rounds) {
        this.rounds = rounds;
    }

    @Scheduled(fixedDelayString = "${tiekartta.reporting.deadline-check-interval}",
            initialDelayString = "${tiekartta.reporting.deadline-check-interval}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    public void run() {
        int closed = rounds.closeDueRounds();
        if (closed > 0) {
            log.info("Closed {} reporting round(s) at their deadline", closed);
        }
    }
}
