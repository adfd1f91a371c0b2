package fi.tiekartta.integration.webhooks.delivery;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTest {

    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");
    private static final WebhookMessage MESSAGE = new WebhookMessage("event-1", "fi.tiekartta.milestone.planned.v1",
            "/tiekartta/milestone-service", "m-1", T0, null, 1L, "SHKO", List.of(), "{}");

    @Test
    void the_id_is_the_same_for_the_same_subscription_and_event_only() {
        assertThat(Delivery.idOf("s-1", "event-1")).isEqualTo(Delivery.idOf("s-1", "event-1"))
                .isNotEqualTo(Delivery.idOf("s-2", "event-1")).isNotEqualTo(Delivery.idOf("s-1", "event-2"));
    }

    @Test
    void a_failure_with_a_retry_left_stays_pending_and_without_one_is_dead_lettered() {
        Delivery delivery = Delivery.pending("s-1", "owner", MESSAGE, T0);
        Attempt failed = new Attempt(T0, AttemptOutcome.FAILED, 503, "The receiver answered 503.", 12);

        Delivery retried = delivery.after(failed, T0.plusSeconds(60));
        Delivery dead = retried.after(failed, null);

        assertThat(retried.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(retried.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD_LETTER);
        assertThat(dead.nextAttemptAt()).isNull();
        assertThat(dead.attempts()).hasSize(2);
        assertThat(dead.lastAttempt().statusCode()).isEqualTo(503);
    }

    @Test
    void a_redelivery_keeps_the_id_and_history_and_renews_the_budget() {
        Delivery dead = Delivery.pending("s-1", "owner", MESSAGE, T0)
                .after(new Attempt(T0, AttemptOutcome.TIMED_OUT, null, "No answer", 5000), null);

        Delivery again = dead.requeued(T0.plusSeconds(3600));

        assertThat(again.id()).isEqualTo(dead.id());
        assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(again.attempts()).hasSize(1);
        assertThat(again.attemptsThisRound()).isZero();
        assertThat(again.nextAttemptAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void a_success_settles_it() {
        Delivery delivered = Delivery.pending("s-1", "owner", MESSAGE, T0)
                .after(new Attempt(T0, AttemptOutcome.DELIVERED, 200, null, 30), null);

        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.nextAttemptAt()).isNull();
    }
}
