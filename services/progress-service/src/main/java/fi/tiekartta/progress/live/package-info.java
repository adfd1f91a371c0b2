/**
 * The change feed, live: {@code GET /api/progress/stream} sends each new change-feed entry as a server-sent event,
 * catching a reconnecting client up from its {@code Last-Event-ID}. One poller per instance
 * ({@code scheduling/ChangePoller}) follows the feed's positions and hands what is new to the
 * {@link fi.tiekartta.progress.live.ChangeBroadcast}, which fans it out to the connected streams ({@code web/}).
 * See docs/services/progress-live.md.
 */
package fi.tiekartta.progress.live;
