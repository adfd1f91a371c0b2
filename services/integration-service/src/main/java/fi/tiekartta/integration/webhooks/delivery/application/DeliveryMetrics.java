package fi.tiekartta.integration.webhooks.delivery.application;

import fi.tiekartta.integration.webhooks.delivery.AttemptOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Webhook meters for operators: {@code tiekartta.webhooks.attempts} (counter and timer, by outcome: delivered, failed,
 * timed_out, refused) and {@code tiekartta.webhooks.dead.letters} (deliveries that ran out of attempts). An alert on
 * the rate of failed attempts or on any dead letter tells that a receiver is down. No subscription id as a tag: the
 * number of subscriptions is unbounded, the delivery log answers per subscription.
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;
    private final Counter deadLetters;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.deadLetters = Counter.builder("tiekartta.webhooks.dead.letters")
                .description("Webhook deliveries that failed their last attempt").register(registry);
    }

    void attempted(AttemptOutcome outcome, Duration took) {
        String tag = outcome.name().toLowerCase(java.util.Locale.ROOT);
        Counter.builder("tiekartta.webhooks.attempts").description("Webhook delivery attempts by outcome")
                .tag("outcome", tag).register(registry).increment();
        Timer.builder("tiekartta.webhooks.attempt.duration").description("How long webhook delivery attempts took")
                .tag("outcome", tag).register(registry).record(took);
    }

    void deadLettered() {
        deadLetters.increment();
    }
}
