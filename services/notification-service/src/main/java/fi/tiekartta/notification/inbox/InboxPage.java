package fi.tiekartta.notification.inbox;

import java.util.List;

/** One page of a user's inbox, newest first, with how many are unread in all and how many the filter matched. */
public record InboxPage(List<Entry> items, long unreadCount, int page, int size, long total) {

    /** A notification as its reader sees it. */
    public record Entry(Notification notification, boolean read) {
    }
}
