/**
 * The public event contract, served by the gateway itself without a token: the AsyncAPI document generated from the
 * event catalogue ({@code /events/asyncapi.json}, {@code .yaml}), a page rendered from it ({@code /events/}), and each
 * public type's JSON Schema at the path an event's {@code dataschema} names ({@code /events/schemas/<type>.schema.json}).
 * Everything is computed once at start-up from the {@code event-contracts} module the gateway is built with, so the
 * gateway serves the contract of the release it belongs to and never calls a service for it.
 */
package fi.tiekartta.gateway.eventcontract;
