package fi.tiekartta.integration.webhooks.delivery;

import java.time.Instant;

/** Which deliveries a log page shows; a null field does not filter. {@code from}/{@code to} bound the creation time. */
public record DeliveryFilter(String owner, String subscriptionId, DeliveryStatus status, Instant from, Instant to) {
}
