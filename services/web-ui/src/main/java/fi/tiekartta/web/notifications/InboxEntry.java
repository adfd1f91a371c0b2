package fi.tiekartta.web.notifications;

import java.util.Map;

/**
 * One notification as the inbox shows it.
 *
 * @param id            the notification's id (for "mark as read")
 * @param kind          REPORT_RETURNED, DEADLINE_NEAR, …; shown as a word when the UI knows it
 * @param createdAt     ISO instant
 * @param read          whether the user has read it
 * @param title         {fi, sv, en}
 * @param body          {fi, sv, en}
 * @param link          the UI page it concerns, a path on this site; null when there is none or it is not such a path
 * @param programmeCode the programme it concerns, or null
 * @param regionCode    the region it concerns, or null
 */
public record InboxEntry(String id, String kind, String createdAt, boolean read, Object title, Object body, String link,
                         String programmeCode, String regionCode) {

    static InboxEntry of(Map<String, Object> item) {
        return new InboxEntry(text(item.get("id")), text(item.get("kind")), text(item.get("createdAt")),
                Boolean.TRUE.equals(item.get("read")), item.get("title"), item.get("body"), pageOnThisSite(item.get("link")),
                text(item.get("programmeCode")), text(item.get("regionCode")));
    }

    /**
     * The link when it is a path on this site ({@code /reporting/…}); anything else (another host, {@code //host},
     * {@code javascript:}, a backslash that browsers read as a slash) is dropped: the link comes from event data.
     */
    static String pageOnThisSite(Object link) {
        if (!(link instanceof String path) || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return null;
        }
        return path;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
