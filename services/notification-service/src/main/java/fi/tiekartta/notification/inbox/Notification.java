package fi.tiekartta.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing a person is told, written whole when it is made: title and body in fi, sv and en with the human keys
 * (region name, measure and work package codes and titles, round title, deadline in Finnish time), a link to the web
 * UI page where it can be acted on, and the programme and region it concerns.
 *
 * @param id            derived from what caused it ({@link #idOf}), so an event delivered twice makes it once
 * @param link          a path of the web UI, e.g. {@code /verification}, or null
 * @param programmeCode the programme's code (e.g. SHKO), or null where not known
 * @param regionCode    the region's Statistics Finland code, or null where it concerns no region
 */
public record Notification(String id, Kind kind, Instant createdAt, Texts title, Texts body, String link,
        String programmeCode, String regionCode) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }

    /** The id of the notification of {@code kind} to {@code audience} caused by {@code cause} (an event id, a round and region). */
    public static String idOf(Kind kind, Audience audience, String cause) {
        return UUID.nameUUIDFromBytes((kind + "/" + audience.key() + "/" + cause).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
