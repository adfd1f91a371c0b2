package fi.tiekartta.notification.inbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notifications of each audience, newest last: one feed per audience, read by the audience's key alone (a user
 * reads the few feeds of the audiences they belong to, never a query over everyone's notifications). A feed keeps
 * the most recent notifications only (configured size); older ones fall off.
 */
public interface Feeds {

    /** Adds the notification to the audience's feed unless the feed holds it already (by id); answers whether it did. */
    boolean add(Audience audience, Notification notification);

    /** Every notification the feeds of these audiences hold. */
    List<FeedItem> of(Collection<Audience> audiences);

    /** Each audience's last {@code seq} (0 for an audience never addressed). */
    Map<Audience, Long> heads(Collection<Audience> audiences);

    /** {@link #heads} by audience key, as read marks and mail cursors keep them. */
    default Map<String, Long> headsByKey(Collection<Audience> audiences) {
        Map<String, Long> heads = new HashMap<>();
        heads(audiences).forEach((audience, seq) -> heads.put(audience.key(), seq));
        return heads;
    }
}
