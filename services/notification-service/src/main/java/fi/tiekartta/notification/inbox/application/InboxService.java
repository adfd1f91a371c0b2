package fi.tiekartta.notification.inbox.application;

import fi.tiekartta.notification.inbox.FeedItem;
import fi.tiekartta.notification.inbox.Feeds;
import fi.tiekartta.notification.inbox.InboxPage;
import fi.tiekartta.notification.users.User;
import fi.tiekartta.notification.users.Users;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;

/**
 * A user's inbox: the feeds of the audiences they belong to (read by key: a few documents, however many users and
 * notifications there are), newest first, with their own read marks. A notification is found only in the caller's
 * own feeds, so anyone else's is 404 to them, whether it exists or not.
 */
@Service
public class InboxService {

    private static final Comparator<FeedItem> NEWEST_FIRST = Comparator
            .comparing((FeedItem item) -> item.notification().createdAt()).reversed()
            .thenComparing(FeedItem::seq, Comparator.reverseOrder());

    private final Users users;
    private final Feeds feeds;

    public InboxService(Users users, Feeds feeds) {
        this.users = users;
        this.feeds = feeds;
    }

    public InboxPage page(String username, boolean unreadOnly, int page, int size) {
        User user = user(username);
        List<FeedItem> items = feeds.of(user.audiences()).stream().sorted(NEWEST_FIRST).toList();
        long unread = items.stream().filter(item -> !user.hasRead(item)).count();
        List<FeedItem> matching = unreadOnly ? items.stream().filter(item -> !user.hasRead(item)).toList() : items;
        List<InboxPage.Entry> shown = matching.stream().skip((long) page * size).limit(size)
                .map(item -> new InboxPage.Entry(item.notification(), user.hasRead(item))).toList();
        return new InboxPage(shown, unread, page, size, matching.size());
    }

    /** Marks one of the caller's notifications read; 404 for any id not in the caller's own feeds. */
    public void markRead(String username, String notificationId) {
        User user = user(username);
        FeedItem item = feeds.of(user.audiences()).stream()
                .filter(candidate -> candidate.notification().id().equals(notificationId))
                .findFirst().orElseThrow(() -> new ResourceNotFoundException("Notification", notificationId));
        if (!user.hasRead(item)) {
            users.addReadMark(username, notificationId);
        }
    }

    public void markAllRead(String username) {
        User user = user(username);
        users.markAllRead(username, feeds.headsByKey(user.audiences()));
    }

    private User user(String username) {
        // Every call records its caller first (users.web.SeenUsers), so the caller is known here.
        return users.find(username).orElseThrow(() -> new IllegalStateException("caller " + username + " was not recorded"));
    }
}
