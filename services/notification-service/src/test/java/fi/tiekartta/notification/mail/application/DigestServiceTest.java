package fi.tiekartta.notification.mail.application;

import fi.tiekartta.notification.inbox.Audience;
import fi.tiekartta.notification.inbox.FeedItem;
import fi.tiekartta.notification.inbox.Feeds;
import fi.tiekartta.notification.inbox.Kind;
import fi.tiekartta.notification.inbox.Notification;
import fi.tiekartta.notification.inbox.Texts;
import fi.tiekartta.notification.mail.MailLog;
import fi.tiekartta.notification.mail.MailMessage;
import fi.tiekartta.notification.mail.Mailer;
import fi.tiekartta.notification.users.Digest;
import fi.tiekartta.notification.users.Preferences;
import fi.tiekartta.notification.users.TokenProfile;
import fi.tiekartta.notification.users.User;
import fi.tiekartta.notification.users.Users;
import fi.tiekartta.testing.SettableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The at-most-once rules of the digests, on in-memory ports: a refused message is tried again, a lost race sends nothing. */
class DigestServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private final SettableClock clock = new SettableClock(T0);
    private final MemoryFeeds feeds = new MemoryFeeds();
    private final MemoryUsers users = new MemoryUsers();
    private final RecordingMailer mailer = new RecordingMailer();
    private final List<List<String>> log = new ArrayList<>();
    private final MailLog mailLog = (username, version, to, ids, at) -> log.add(ids);
    private final DigestService digests = new DigestService(users, feeds, mailer, mailLog, clock, "07:00", "Europe/Helsinki",
            "https://t.example");

    @Test
    void a_refused_message_is_sent_on_the_next_run_and_then_never_again() {
        User user = known("anna", "anna@x.fi");
        feeds.add(Audience.user("anna"), notification("n1"));
        mailer.refuse = true;
        assertThat(digests.run()).isZero();
        assertThat(mailer.sent).isEmpty();
        assertThat(log).isEmpty();

        mailer.refuse = false;
        feeds.add(Audience.user("anna"), notification("n2"));
        assertThat(digests.run()).isEqualTo(1);
        assertThat(mailer.sent).hasSize(1);
        assertThat(mailer.sent.get(0).subject()).isEqualTo("Tiekartta: 2 uutta ilmoitusta");
        assertThat(log).containsExactly(List.of("n1", "n2"));

        assertThat(digests.run()).isZero();
        assertThat(mailer.sent).hasSize(1);
        assertThat(users.find("anna").orElseThrow().mailVersion()).isGreaterThan(user.mailVersion());
    }

    @Test
    void a_replica_that_loses_the_race_for_the_cursor_sends_nothing() {
        known("bert", "bert@x.fi");
        feeds.add(Audience.user("bert"), notification("n1"));
        users.otherReplicaFirst = true;
        assertThat(digests.run()).isZero();
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void an_off_user_and_a_user_without_an_address_get_nothing() {
        known("cecilia", "cecilia@x.fi");
        users.chosen.put("cecilia", new Preferences("cecilia@x.fi", "sv", Digest.OFF));
        known("daniel", null);
        feeds.add(Audience.user("cecilia"), notification("n1"));
        feeds.add(Audience.user("daniel"), notification("n2"));
        assertThat(digests.run()).isZero();
        assertThat(mailer.sent).isEmpty();
    }

    private User known(String username, String email) {
        TokenProfile profile = new TokenProfile(username, email, "fi", Set.of("programme-viewer"), null);
        User user = User.firstSeen(profile, T0.minusSeconds(60), Map.of(Audience.user(username).key(), 0L));
        users.create(user);
        return user;
    }

    private static Notification notification(String id) {
        return new Notification(id, Kind.CONFIDENCE_DROPPED, T0, new Texts("Otsikko " + id, "Rubrik", "Title"),
                new Texts("Runko", "Brödtext", "Body"), null, "SHKO", null);
    }

    private static final class RecordingMailer implements Mailer {
        final List<MailMessage> sent = new ArrayList<>();
        boolean refuse;

        @Override
        public void send(MailMessage message) {
            if (refuse) {
                throw new MailNotSent("relay down", null);
            }
            sent.add(message);
        }
    }

    private static final class MemoryFeeds implements Feeds {
        private final Map<Audience, List<FeedItem>> feeds = new HashMap<>();

        @Override
        public boolean add(Audience audience, Notification notification) {
            List<FeedItem> feed = feeds.computeIfAbsent(audience, ignored -> new ArrayList<>());
            feed.add(new FeedItem(audience, feed.size() + 1, notification));
            return true;
        }

        @Override
        public List<FeedItem> of(Collection<Audience> audiences) {
            return audiences.stream().flatMap(audience -> feeds.getOrDefault(audience, List.of()).stream()).toList();
        }

        @Override
        public Map<Audience, Long> heads(Collection<Audience> audiences) {
            Map<Audience, Long> heads = new LinkedHashMap<>();
            audiences.forEach(audience -> heads.put(audience, (long) feeds.getOrDefault(audience, List.of()).size()));
            return heads;
        }
    }

    private static final class MemoryUsers implements Users {
        private final Map<String, User> users = new LinkedHashMap<>();
        final Map<String, Preferences> chosen = new HashMap<>();
        boolean otherReplicaFirst;

        @Override
        public Optional<User> find(String username) {
            User user = users.get(username);
            Preferences choice = chosen.get(username);
            return Optional.ofNullable(user).map(u -> choice == null ? u : new User(u.username(), u.profile(), choice,
                    u.firstSeenAt(), u.lastSeenAt(), u.readUpTo(), u.readIds(), u.mailedUpTo(), u.mailVersion(), u.lastDaily()));
        }

        @Override
        public void saveProfile(User user) {
        }

        @Override
        public void savePreferences(String username, Preferences preferences) {
            chosen.put(username, preferences);
        }

        @Override
        public void addReadMark(String username, String notificationId) {
        }

        @Override
        public void markAllRead(String username, Map<String, Long> heads) {
        }

        @Override
        public boolean create(User user) {
            return users.putIfAbsent(user.username(), user) == null;
        }

        @Override
        public boolean moveMailCursor(User mailed, long expectedMailVersion) {
            User current = users.get(mailed.username());
            if (otherReplicaFirst || current.mailVersion() != expectedMailVersion) {
                return false;
            }
            users.put(mailed.username(), mailed);
            return true;
        }

        @Override
        public List<User> all() {
            return users.keySet().stream().map(username -> find(username).orElseThrow()).toList();
        }
    }
}
