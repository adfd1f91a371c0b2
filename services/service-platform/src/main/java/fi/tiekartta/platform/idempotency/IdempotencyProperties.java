package fi.tiekartta.platform.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code tiekartta.idempotency.*}: how long an answer is kept for its {@code Idempotency-Key}, how long a request may
 * hold its key before a retry may take it over (the first one died), and how often expired keys are deleted.
 *
 * @param keep            how long a key and its answer are kept; a retry after that is a new request
 * @param lease           how long a request in progress holds its key; a retry meanwhile gets 409
 * @param cleanupInterval how often expired keys are deleted (one replica at a time)
 */
@ConfigurationProperties("tiekartta.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration keep,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("1h") Duration cleanupInterval) {
}
