/**
 * The event log served to lightweight subscribers: {@code GET /api/events/stream} sends each new public event as a
 * server-sent event (id = its log position), catching a reconnecting client up from its {@code Last-Event-ID}, and
 * {@code GET /api/events} answers pages of the log for clients that poll. One poller per instance
 * ({@code scheduling/LogPoller}) follows the log's positions and hands what is new to the
 * {@link fi.tiekartta.integration.stream.EventBroadcast}, which fans it out to the connected streams ({@code web/}).
 * See docs/services/integration-service.md.
 */
package fi.tiekartta.integration.stream;
