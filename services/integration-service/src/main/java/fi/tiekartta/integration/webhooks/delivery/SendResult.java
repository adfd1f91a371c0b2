package fi.tiekartta.integration.webhooks.delivery;

/** What the receiver did with one request. */
public record SendResult(AttemptOutcome outcome, Integer statusCode, String error) {
}
