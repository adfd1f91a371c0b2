package fi.tiekartta.platform.sse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubscriberSetTest {

    @Test
    void takes_at_most_max_subscribers_and_answers_them_in_the_order_they_joined() {
        SubscriberSet<String> subscribers = new SubscriberSet<>(2);

        assertThat(subscribers.add("a")).isTrue();
        assertThat(subscribers.add("b")).isTrue();
        assertThat(subscribers.add("c")).isFalse();
        assertThat(subscribers.snapshot()).containsExactly("a", "b");

        subscribers.remove("a");
        assertThat(subscribers.add("c")).isTrue();
        assertThat(subscribers.removeAll()).containsExactly("b", "c");
        assertThat(subscribers.size()).isZero();
        assertThat(subscribers.maxSubscribers()).isEqualTo(2);
    }

    @Test
    void at_least_one_subscriber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubscriberSet<String>(0));
    }
}
