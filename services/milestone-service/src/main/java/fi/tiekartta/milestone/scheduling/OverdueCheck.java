package fi.tiekartta.milestone.scheduling;

import fi.tiekartta.milestone.application.MilestoneService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the overdue check every {@code tiekartta.milestones.overdue-check-interval} (default one minute,
 * {@code MILESTONE_OVERDUE_CHECK_INTERVAL}), first one interval after start-up. ShedLock's lock in MongoDB
 * (collection {@code shedlock}) lets one replica at a time run it; that saves work, while exactly-once
 * rests on the milestone's own versioned change ({@link MilestoneService#flagOverdue}).
 */
public class OverdueCheck {

    /** The lock's name in the {@code shedlock} collection. */
    public static final String LOCK = "milestone-overdue-check";
    /** Who the history names for a flag. */
    public static final String ACTOR = "overdue-check";

    private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

    private final MilestoneService milestones;

    public OverdueCheck(MilestoneService milestones) {
        this.milestones = milestones;
    }

    // lockAtMostFor: how long a crashed replica can hold the lock; lockAtLeastFor: keeps replicas whose
    // clocks differ slightly from running the check back to back.
    @Scheduled(fixedDelayString = "${tiekartta.milestones.overdue-check-interval}",
            initialDelayString = "${tiekartta.milestones.overdue-check-interval}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    public void run() {
        int flagged = milestones.flagOverdue(ACTOR);
        if (flagged > 0) {
            log.info("Flagged {} milestone(s) overdue", flagged);
        }
    }
}
