package fi.tiekartta.progress.live.web;

/**
 * The {@code data:} of a {@code reset} event: what the client shows is to be read anew.
 *
 * @param reason   {@code TOO_MANY_MISSED} (more missed than a catch-up sends), {@code GENERATION} (the read model was
 *                 rebuilt and switched over) or {@code UNKNOWN_POSITION} (a {@code Last-Event-ID} this feed never gave)
 * @param position where the stream carries on from (also the event's {@code id})
 */
record ResetEventData(String reason, String position) {
}
