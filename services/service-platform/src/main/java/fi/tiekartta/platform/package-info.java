/**
 * What every Tiekartta service configures the same way, applied by Spring Boot auto-configuration so a
 * service only adds its own domain: shared configuration defaults ({@code config}), JWT resource server
 * and roles ({@code security}), RFC 9457 problem responses ({@code web}), the outbox that publishes
 * domain events to Kafka as CloudEvents ({@code outbox}), and reading consumed events, checked against their
 * schemas, with a dead-letter topic for what cannot be applied ({@code messaging}).
 */
package fi.tiekartta.platform;
