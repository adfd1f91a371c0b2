/**
 * The public contract's events as this service consumes them: {@link fi.tiekartta.integration.events.PublicEvent}, read
 * from a record of a public topic and checked like every consumer checks what it reads, with the keys integrations
 * filter on (programme, region). The event log and the webhooks both take it as it is.
 */
package fi.tiekartta.integration.events;
