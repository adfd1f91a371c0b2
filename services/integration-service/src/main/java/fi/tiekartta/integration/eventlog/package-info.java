/**
 * The event log: every public event (the types of {@code EventCatalog.PUBLIC} on the four public topics), appended
 * once by one Kafka listener ({@code messaging}) at a gap-free position, kept for a configurable time and then removed
 * ({@code scheduling}, under a ShedLock lock). The stream ({@code fi.tiekartta.integration.stream}) serves it.
 * See docs/services/integration-service.md.
 */
package fi.tiekartta.integration.eventlog;
