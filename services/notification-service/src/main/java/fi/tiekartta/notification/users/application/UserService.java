package fi.tiekartta.notification.users.application;

import fi.tiekartta.notification.inbox.Feeds;
import fi.tiekartta.notification.users.Preferences;
import fi.tiekartta.notification.users.TokenProfile;
import fi.tiekartta.notification.users.User;
import fi.tiekartta.notification.users.Users;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Records callers from their tokens, and keeps their preferences. */
@Service
public class UserService {

    // A user's record is rewritten on a call only when the token says something new, or this long after the last
    // write, so reading the inbox does not cost a write each time.
    private static final Duration REFRESH = Duration.ofHours(1);

    private final Users users;
    private final Feeds feeds;
    private final Clock clock;

    public UserService(Users users, Feeds feeds, Clock clock) {
        this.users = users;
        this.feeds = feeds;
        this.clock = clock;
    }

    /** Makes or refreshes the caller's record from their token. */
    public void seen(TokenProfile profile) {
        Optional<User> known = users.find(profile.username());
        if (known.isEmpty()) {
            // Mail starts with what arrives from now on; the inbox still shows what came before.
            users.create(User.firstSeen(profile, clock.instant(), heads(profile))); // false: a parallel call did
            return;
        }
        User user = known.get();
        if (!user.profile().equals(profile) || user.lastSeenAt().plus(REFRESH).isBefore(clock.instant())) {
            users.saveProfile(user.seenAgain(profile, clock.instant()));
        }
    }

    public Preferences preferences(String username) {
        return known(username).preferences();
    }

    public Preferences choose(String username, Preferences chosen) {
        User user = known(username);
        boolean wasOff = !user.preferences().mails();
        users.savePreferences(username, chosen);
        if (wasOff && chosen.mails()) {
            // Turning mail on does not mail the backlog of the time it was off: start from now.
            User current = known(username);
            users.moveMailCursor(current.mailed(heads(current.profile()), current.lastDaily()), current.mailVersion());
        }
        return chosen;
    }

    private Map<String, Long> heads(TokenProfile profile) {
        return feeds.headsByKey(profile.audiences());
    }

    private User known(String username) {
        return users.find(username).orElseThrow(() -> new IllegalStateException("caller " + username + " was not recorded"));
    }
}
