package fi.tiekartta.notification.reporting.application;

import fi.tiekartta.notification.inbox.Audience;
import fi.tiekartta.notification.inbox.Feeds;
import fi.tiekartta.notification.reporting.ReportChange;
import fi.tiekartta.notification.reporting.ReportingMessages;
import fi.tiekartta.notification.reporting.ReportingRounds;
import fi.tiekartta.notification.reporting.RoundWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who regional reporting tells what: the region's reporters of a returned report and of a near deadline, the
 * verifiers of reports waiting. An event older than {@code tiekartta.notifications.max-event-age} (default a week)
 * still updates what the service knows but tells nobody: a service started on a topic with years of history, or a
 * replay, must not announce long-settled matters as news.
 */
@Service
public class ReportingNotifications {

    private static final Logger log = LoggerFactory.getLogger(ReportingNotifications.class);

    private final ReportingRounds rounds;
    private final Feeds feeds;
    private final Clock clock;
    private final Duration warning;
    private final Duration maxEventAge;

    public ReportingNotifications(ReportingRounds rounds, Feeds feeds, Clock clock,
            @Value("${tiekartta.notifications.deadline-warning:P3D}") Duration warning,
            @Value("${tiekartta.notifications.max-event-age:P7D}") Duration maxEventAge) {
        this.rounds = rounds;
        this.feeds = feeds;
        this.clock = clock;
        this.warning = warning;
        this.maxEventAge = maxEventAge;
    }

    /**
     * A report changed. {@code roundQueueWasEmpty}: no report of its round was waiting for a verifier before this
     * one. The verifiers are told once when a round's queue fills, not of every submission: one report or forty
     * submitted in an afternoon are the same piece of news to them ("go to the queue"), and the queue page lists
     * them all; once they have emptied the queue, the next submission tells them again.
     */
    public void reportChanged(ReportChange change, boolean roundQueueWasEmpty) {
        Instant now = clock.instant();
        if (change.at() != null && change.at().isBefore(now.minus(maxEventAge))) {
            log.debug("Report event {} is older than {}: nobody is told", change.eventId(), maxEventAge);
            return;
        }
        Optional<RoundWatch> round = rounds.find(change.roundId());
        if ("RETURNED".equals(change.status())) {
            feeds.add(Audience.reporters(change.regionCode()), ReportingMessages.returned(change, round, now));
        }
        if (change.awaitsVerification() && roundQueueWasEmpty) {
            feeds.add(Audience.verifiers(), ReportingMessages.awaitingVerification(change, round, now));
        }
    }

    /**
     * Tells the reporters of every region that has not submitted all its reports of an open round whose deadline is
     * within the warning time; each region once per round (a later change of the deadline does not repeat it).
     * Answers how many regions were told.
     */
    public int warnOfNearDeadlines() {
        Instant now = clock.instant();
        int told = 0;
        for (RoundWatch round : rounds.openWithDeadlineBetween(now, now.plus(warning))) {
            for (String region : round.regionCodes()) {
                List<RoundWatch.Measure> missing = round.missingFrom(region);
                if (missing.isEmpty() || round.warned().contains(region)) {
                    continue;
                }
                // Added first, then marked: the notification's id is the round and region, so a run that stopped in
                // between adds nothing new when it runs again.
                feeds.add(Audience.reporters(region), ReportingMessages.deadlineNear(round, region, missing, now));
                if (rounds.markWarned(round.roundId(), region)) {
                    told++;
                }
            }
        }
        return told;
    }
}
