package fi.tiekartta.web.api;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;

/**
 * The API of notification-service: the signed-in user's own inbox and e-mail preferences (/api/notifications/…).
 * <p>
 * The unread count in every page's header goes through a second client with a short timeout: it is asked on every
 * page, so a slow or stopped notification service must cost a page a fraction of a second, not the 20 s a form
 * may wait for its answer.
 */
public class NotificationsApi extends ServiceApi {

    public static final String INBOX = "/api/notifications";

    private final RestClient quick;

    NotificationsApi(RestClient client, RestClient quick) {
        super(client);
        this.quick = quick;
    }

    /** A page of the inbox, newest first ({@code items, unreadCount, page, size, total}); only unread ones if asked. */
    public Map<String, Object> inbox(boolean unreadOnly, int page, int size) {
        return getModel(uri -> uri.path(INBOX)
                .queryParamIfPresent("unread", Optional.ofNullable(unreadOnly ? "true" : null))
                .queryParam("page", page).queryParam("size", size).build());
    }

    public void markRead(String notificationId) {
        post(INBOX + "/{id}/read", null, null, notificationId);
    }

    public void markAllRead() {
        post(INBOX + "/read-all", null, null);
    }

    /** The user's e-mail preferences: {@code email, language, emailDigest}. */
    public Map<String, Object> preferences() {
        return getModel(INBOX + "/preferences");
    }

    /** Replaces the preferences (the whole document: email, language, emailDigest). */
    public void savePreferences(Map<String, Object> preferences) {
        put(INBOX + "/preferences", preferences, null);
    }

    /**
     * How many of the user's notifications are unread, asked with the short timeout. Throws like the other calls
     * ({@link ApiProblem}, or {@code ResourceAccessException} when the service does not answer in time).
     */
    public int unreadCount() {
        JsonNode inbox = quick.get()
                .uri(uri -> uri.path(INBOX).queryParam("unread", "true").queryParam("page", 0).queryParam("size", 1).build())
                .accept(MediaType.APPLICATION_JSON).retrieve().body(JsonNode.class);
        JsonNode count = inbox == null ? null : inbox.path("unreadCount");
        if (count == null || !count.isNumber()) {
            throw new IllegalStateException("The inbox answer has no unreadCount");
        }
        return count.asInt();
    }
}
