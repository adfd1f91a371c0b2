package fi.tiekartta.integration.webhooks.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code tiekartta.webhooks.*}: what an operator sets for webhooks (see the "Webhooks" section of
 * docs/services/integration-service.md). The encryption key is read by the store of subscriptions alone.
 *
 * @param requireHttps   targets must be https (false only in the local stack)
 * @param allowedTargets {@code host} or {@code host:port} entries reachable although internal (local stack, tests)
 * @param secretOverlap  how long the previous secret still signs after a rotation
 */
@ConfigurationProperties("tiekartta.webhooks")
public record WebhookProperties(@DefaultValue("true") boolean requireHttps, @DefaultValue List<String> allowedTargets,
        @DefaultValue("24h") Duration secretOverlap, @DefaultValue Delivery delivery) {

    /**
     * @param lanes        how many deliveries are in flight at once in this instance (one per subscription at most)
     * @param pollInterval how often the queue is looked at for due deliveries
     * @param lease        how long an instance holds a delivery it attempts; longer than an attempt can take
     */
    public record Delivery(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("5s") Duration responseTimeout,
            @DefaultValue("1m") Duration initialInterval, @DefaultValue("3") double multiplier,
            @DefaultValue("0.5") double randomizationFactor, @DefaultValue("12h") Duration maxInterval,
            @DefaultValue("8") int maxAttempts, @DefaultValue("8") int lanes,
            @DefaultValue("1s") Duration pollInterval, @DefaultValue("1m") Duration lease) {
    }
}
