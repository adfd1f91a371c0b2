package fi.tiekartta.integration.stream.web;

/**
 * The {@code data:} of a {@code reset} event: the client cannot be given every event after its {@code Last-Event-ID}.
 *
 * @param reason    {@code EXPIRED} (retention removed events the client had not seen: it carries on from the first one
 *                  kept, and should read what it keeps of Tiekartta anew) or {@code UNKNOWN_POSITION} (a
 *                  {@code Last-Event-ID} this log never gave: it carries on from now)
 * @param position  where the stream carries on from (also the event's {@code id}); after {@code EXPIRED} the
 *                  first position the log still keeps is the next one
 */
record ResetEventData(String reason, long position) {
}
