package fi.tiekartta.integration.webhooks.delivery.web;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The events to send again: those whose time is at or after {@code from} and before {@code to}. */
record RedeliveryRange(@NotNull Instant from, @NotNull Instant to) {
}
