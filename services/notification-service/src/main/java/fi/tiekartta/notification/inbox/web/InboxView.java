package fi.tiekartta.notification.inbox.web;

import fi.tiekartta.notification.inbox.InboxPage;

import java.util.List;

/** A page of the caller's inbox, newest first; {@code total} counts what the filter matched, {@code unreadCount} all unread. */
public record InboxView(List<NotificationView> items, long unreadCount, int page, int size, long total) {

    static InboxView of(InboxPage page) {
        return new InboxView(page.items().stream().map(NotificationView::of).toList(), page.unreadCount(), page.page(),
                page.size(), page.total());
    }
}
