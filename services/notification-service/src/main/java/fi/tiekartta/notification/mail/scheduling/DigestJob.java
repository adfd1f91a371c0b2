package fi.tiekartta.notification.mail.scheduling;

import fi.tiekartta.notification.mail.application.DigestService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the digests every {@code tiekartta.notifications.mail.immediate-interval} (default one minute) on one replica
 * at a time (ShedLock). The same run serves the daily digests once their Finnish time has come, so a replica that
 * was down at 07:00 sends them when it is back rather than skipping a day. At most once rests on the users' mail
 * cursors ({@link DigestService}), not on the lock.
 */
@Component
class DigestJob {

    static final String LOCK = "notification-digests";
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DigestService digests;

    DigestJob(DigestService digests) {
        this.digests = digests;
    }

    @Scheduled(fixedDelayString = "${tiekartta.notifications.mail.immediate-interval}",
            initialDelayString = "${tiekartta.notifications.mail.immediate-interval}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    public void run() {
        int sent = digests.run();
        if (sent > 0) {
            log.info("Mailed {} digest(s)", sent);
        }
    }
}
