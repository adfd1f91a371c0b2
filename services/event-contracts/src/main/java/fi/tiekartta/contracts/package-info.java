/**
 * The published event contract of Tiekartta: CloudEvent type names, the topics they travel on, their
 * payloads and a JSON Schema for each type. Producers and consumers both depend on this module, so no
 * event class is written twice. Deliberately free of Spring, Kafka and Jackson.
 */
package fi.tiekartta.contracts;
