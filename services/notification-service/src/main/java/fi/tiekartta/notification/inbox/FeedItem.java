package fi.tiekartta.notification.inbox;

/**
 * A notification as its audience's feed holds it.
 *
 * @param seq its place in the feed: 1 for the feed's first notification, one more for each after it; what read
 *            marks and mail cursors count by
 */
public record FeedItem(Audience audience, long seq, Notification notification) {
}
