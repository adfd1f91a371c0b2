package fi.tiekartta.integration.webhooks.delivery;

import java.time.Instant;

/**
 * One try at sending a delivery.
 *
 * @param statusCode the receiver's HTTP status, or null when there was no answer
 * @param error      what went wrong in a sentence, or null when delivered
 */
public record Attempt(Instant at, AttemptOutcome outcome, Integer statusCode, String error, long durationMillis) {
}
