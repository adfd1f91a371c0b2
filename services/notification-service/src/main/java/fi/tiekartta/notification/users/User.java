package fi.tiekartta.notification.users;

import fi.tiekartta.notification.inbox.Audience;
import fi.tiekartta.notification.inbox.FeedItem;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user as the notification service knows them: from their last call ({@code profile}), what they chose
 * ({@code chosen}, null until they choose), what they have read and what has been mailed to them.
 *
 * @param readUpTo    per audience key, the {@code seq} up to which everything counts as read ("mark all read")
 * @param readIds     notifications read one by one beyond {@code readUpTo}
 * @param mailedUpTo  per audience key, the {@code seq} up to which notifications have been mailed (or were there
 *                    before mail was wanted): each notification is mailed at most once
 * @param mailVersion counts the mail cursor's changes; a change is written only on the version read, so two
 *                    replicas never mail the same notifications
 * @param lastDaily   the daily slot (an instant) the last daily digest was sent for, or null
 */
public record User(String username, TokenProfile profile, Preferences chosen, Instant firstSeenAt, Instant lastSeenAt,
        Map<String, Long> readUpTo, Set<String> readIds, Map<String, Long> mailedUpTo, long mailVersion, Instant lastDaily) {

    public User {
        readUpTo = Map.copyOf(readUpTo);
        readIds = Set.copyOf(readIds);
        mailedUpTo = Map.copyOf(mailedUpTo);
    }

    /** A user seen for the first time: nothing read; mail starts with what arrives from now on ({@code heads}). */
    public static User firstSeen(TokenProfile profile, Instant now, Map<String, Long> heads) {
        return new User(profile.username(), profile, null, now, now, Map.of(), Set.of(), heads, 0, null);
    }

    public Preferences preferences() {
        return chosen != null ? chosen : profile.defaults();
    }

    public List<Audience> audiences() {
        return profile.audiences();
    }

    public boolean hasRead(FeedItem item) {
        return item.seq() <= readUpTo.getOrDefault(item.audience().key(), 0L) || readIds.contains(item.notification().id());
    }

    public User seenAgain(TokenProfile latest, Instant now) {
        return new User(username, latest, chosen, firstSeenAt, now, readUpTo, readIds, mailedUpTo, mailVersion, lastDaily);
    }

    /** The mail cursor moved to {@code upTo}, with the daily slot last served ({@code lastDaily}), one version on. */
    public User mailed(Map<String, Long> upTo, Instant lastDaily) {
        return new User(username, profile, chosen, firstSeenAt, lastSeenAt, readUpTo, readIds, upTo, mailVersion + 1, lastDaily);
    }

    /**
     * Whether {@code item} is still to be mailed: beyond the cursor of its audience; of an audience the user joined
     * after the cursor was set (a reporter made verifier), only what arrived since the user was first seen.
     */
    public boolean awaitsMail(FeedItem item) {
        Long cursor = mailedUpTo.get(item.audience().key());
        return cursor != null ? item.seq() > cursor : !item.notification().createdAt().isBefore(firstSeenAt);
    }
}
