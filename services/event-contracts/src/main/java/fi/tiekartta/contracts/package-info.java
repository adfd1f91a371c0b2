/**
 * The published event contract of Tiekartta: CloudEvent type names, the topics they travel on, their
 * payloads and a JSON Schema for each type. Producers and consumers both depend on this module, so no
 * event class is written twice. The contract's types are deliberately free of Spring, Kafka and Jackson; only the
 * AsyncAPI document generated from them ({@code fi.tiekartta.contracts.asyncapi}) uses Jackson.
 */
package fi.tiekartta.contracts;
