package fi.tiekartta.notification.inbox.web;

import fi.tiekartta.notification.inbox.InboxPage;
import fi.tiekartta.notification.inbox.Notification;
import fi.tiekartta.notification.inbox.Texts;

import java.time.Instant;

/** A notification in the caller's inbox; {@code link} is a path of the web UI, or null. */
public record NotificationView(String id, String kind, Instant createdAt, boolean read, Texts title, Texts body,
        String link, String programmeCode, String regionCode) {

    static NotificationView of(InboxPage.Entry entry) {
        Notification n = entry.notification();
        return new NotificationView(n.id(), n.kind().name(), n.createdAt(), entry.read(), n.title(), n.body(), n.link(),
                n.programmeCode(), n.regionCode());
    }
}
