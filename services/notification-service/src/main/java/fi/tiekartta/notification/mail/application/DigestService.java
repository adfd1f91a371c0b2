package fi.tiekartta.notification.mail.application;

import fi.tiekartta.notification.inbox.Audience;
import fi.tiekartta.notification.inbox.FeedItem;
import fi.tiekartta.notification.inbox.Feeds;
import fi.tiekartta.notification.mail.DailySlots;
import fi.tiekartta.notification.mail.Digests;
import fi.tiekartta.notification.mail.MailLog;
import fi.tiekartta.notification.mail.Mailer;
import fi.tiekartta.notification.users.Digest;
import fi.tiekartta.notification.users.Preferences;
import fi.tiekartta.notification.users.User;
import fi.tiekartta.notification.users.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mails each user who wants e-mail what they have not been mailed yet, in one message in their language: an
 * IMMEDIATE user whenever something is waiting, a DAILY user once a day at the daily time (07:00 Finnish time by
 * default; a user first seen after today's time waits for tomorrow's), an OFF user never.
 * <p>
 * <b>At most once.</b> The user's mail cursor is moved past the notifications first, by a write that succeeds only on
 * the cursor version read (so of two replicas only one mails); then the message is sent. If the relay refuses it, the
 * cursor is moved back and the next run tries again; if the process dies between the two, those notifications are
 * not mailed (they stay in the inbox). Every digest sent is recorded ({@code mail_log}).
 */
@Service
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final Users users;
    private final Feeds feeds;
    private final Mailer mailer;
    private final MailLog mailLog;
    private final Clock clock;
    private final DailySlots daily;
    private final String uiBaseUrl;

    public DigestService(Users users, Feeds feeds, Mailer mailer, MailLog mailLog, Clock clock,
            @Value("${tiekartta.notifications.mail.daily-at:07:00}") String dailyAt,
            @Value("${tiekartta.notifications.mail.daily-zone:Europe/Helsinki}") String dailyZone,
            @Value("${tiekartta.notifications.mail.ui-base-url:http://localhost:8080}") String uiBaseUrl) {
        this.users = users;
        this.feeds = feeds;
        this.mailer = mailer;
        this.mailLog = mailLog;
        this.clock = clock;
        this.daily = new DailySlots(LocalTime.parse(dailyAt.strip()), ZoneId.of(dailyZone.strip()));
        this.uiBaseUrl = uiBaseUrl.endsWith("/") ? uiBaseUrl.substring(0, uiBaseUrl.length() - 1) : uiBaseUrl;
    }

    /** One round over the known users; answers how many digests were sent. */
    public int run() {
        Instant now = clock.instant();
        Instant slot = daily.latestAtOrBefore(now);
        int sent = 0;
        // An audience's feed is read once a run, however many of its members are mailed.
        Map<Audience, List<FeedItem>> feedsOfRun = new HashMap<>();
        for (User user : users.all()) {
            try {
                if (digest(user, now, slot, feedsOfRun)) {
                    sent++;
                }
            } catch (Mailer.MailNotSent failed) {
                log.warn("Digest to {} not sent; it is tried again on the next run: {}", user.username(), failed.getMessage());
            }
        }
        return sent;
    }

    private boolean digest(User user, Instant now, Instant slot, Map<Audience, List<FeedItem>> feedsOfRun) {
        Preferences preferences = user.preferences();
        if (!preferences.mails()) {
            return false;
        }
        boolean isDaily = preferences.emailDigest() == Digest.DAILY;
        if (isDaily && !dailyDue(user, slot)) {
            return false;
        }
        List<FeedItem> waiting = user.audiences().stream()
                .flatMap(audience -> feedsOfRun.computeIfAbsent(audience, one -> feeds.of(List.of(one))).stream())
                .filter(user::awaitsMail).toList();
        Instant lastDaily = isDaily ? slot : user.lastDaily();
        if (waiting.isEmpty()) {
            if (isDaily) {
                // Nothing today: the slot is served all the same, so what arrives later waits for tomorrow's.
                users.moveMailCursor(user.mailed(user.mailedUpTo(), lastDaily), user.mailVersion());
            }
            return false;
        }
        Map<String, Long> upTo = new HashMap<>(user.mailedUpTo());
        waiting.forEach(item -> upTo.merge(item.audience().key(), item.seq(), Math::max));
        User claimed = user.mailed(upTo, lastDaily);
        if (!users.moveMailCursor(claimed, user.mailVersion())) {
            return false; // another replica is mailing this user
        }
        try {
            mailer.send(Digests.compose(preferences.email(), preferences.language(), waiting, uiBaseUrl));
        } catch (Mailer.MailNotSent failed) {
            users.moveMailCursor(claimed.mailed(user.mailedUpTo(), user.lastDaily()), claimed.mailVersion());
            throw failed;
        }
        mailLog.sent(user.username(), claimed.mailVersion(), preferences.email(),
                waiting.stream().map(item -> item.notification().id()).toList(), now);
        return true;
    }

    private static boolean dailyDue(User user, Instant slot) {
        Instant servedSince = user.lastDaily() == null ? user.firstSeenAt() : user.lastDaily();
        return slot.isAfter(servedSince);
    }
}
