package fi.tiekartta.integration.webhooks.delivery;

import java.time.Instant;
import java.util.List;

/**
 * What a delivery sends: a public event's CloudEvents attributes (sent as {@code ce-*} headers, binary mode) and its
 * data as JSON (the body the signature covers).
 *
 * @param regionCodes the regions the event concerns (a report's region, a reporting round's regions), for filters
 */
public record WebhookMessage(String eventId, String type, String source, String subject, Instant time,
        String dataschema, Long aggregateVersion, String programmeCode, List<String> regionCodes, String data) {

    public WebhookMessage {
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
    }
}
