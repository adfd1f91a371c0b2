package fi.tiekartta.notification.reporting.scheduling;

import fi.tiekartta.notification.reporting.application.ReportingNotifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the near-deadline check every {@code tiekartta.notifications.deadline-check-interval} (default 5 minutes), on
 * one replica at a time (ShedLock, collection {@code shedlock}). "Once per round and region" rests on the round's
 * record of the regions told and on the notification's id, not on the lock.
 */
@Component
class DeadlineCheck {

    static final String LOCK = "notification-deadline-check";
    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final ReportingNotifications notifications;

    DeadlineCheck(ReportingNotifications notifications) {
        this.notifications = notifications;
    }

    @Scheduled(fixedDelayString = "${tiekartta.notifications.deadline-check-interval}",
            initialDelayString = "${tiekartta.notifications.deadline-check-interval}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    public void run() {
        int told = notifications.warnOfNearDeadlines();
        if (told > 0) {
            log.info("Told {} region(s) that a reporting deadline is near", told);
        }
    }
}
