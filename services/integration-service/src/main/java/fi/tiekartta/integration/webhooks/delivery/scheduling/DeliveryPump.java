package fi.tiekartta.integration.webhooks.delivery.scheduling;

import fi.tiekartta.integration.webhooks.delivery.application.DeliveryDispatcher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the delivery queue every {@code tiekartta.webhooks.delivery.poll-interval} and starts what is due. Not a
 * ShedLock-locked job: every instance pumps, and the queue's per-delivery claims keep them from attempting the same
 * delivery at once, so the instances share the work instead of one doing it all.
 */
@Component
class DeliveryPump {

    private final DeliveryDispatcher dispatcher;

    DeliveryPump(DeliveryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${tiekartta.webhooks.delivery.poll-interval:PT1S}",
            initialDelayString = "${tiekartta.webhooks.delivery.poll-interval:PT1S}")
    void pump() {
        dispatcher.dispatchDue();
    }
}
