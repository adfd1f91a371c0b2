package fi.tiekartta.integration.stream.web;

import java.util.List;
import java.util.Map;

/**
 * A page of the log, for clients that poll: {@code GET /api/events?after=<next>} gives the next page.
 *
 * @param items    the events after {@code after}, in position order, each with its position
 * @param next     the position to ask after next time (the last one this page looked at; every position up to it was
 *                 read)
 * @param more     whether more is there to read already (a full page, or one that ended at the reading limit)
 * @param reset    {@code EXPIRED} when retention removed positions after {@code after} (the page starts at the first
 *                 one kept), {@code UNKNOWN_POSITION} when {@code after} is beyond every position the log gave; else null
 */
record EventPage(List<Item> items, long next, boolean more, String reset) {

    /** @param event the CloudEvent in structured JSON, as on the stream */
    record Item(long position, Map<String, Object> event) {
    }
}
