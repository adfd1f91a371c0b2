package fi.tiekartta.integration.webhooks.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private final RetrySchedule production = new RetrySchedule(Duration.ofMinutes(1), 3, 0.5, Duration.ofHours(12), 8);

    @Test
    void waits_grow_exponentially_with_jitter_and_end_after_the_last_attempt() {
        for (int run = 0; run < 50; run++) {
            assertThat(production.after(1).orElseThrow()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(90));
            assertThat(production.after(2).orElseThrow()).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(270));
            assertThat(production.after(7).orElseThrow()).isLessThanOrEqualTo(Duration.ofHours(12));
        }
        assertThat(production.after(8)).isEmpty();
    }

    @Test
    void the_production_defaults_spread_eight_attempts_over_about_a_day() {
        Duration total = IntStream.rangeClosed(1, 7).mapToObj(attempts -> production.after(attempts).orElseThrow())
                .reduce(Duration.ZERO, Duration::plus);

        assertThat(total).isBetween(Duration.ofHours(8), Duration.ofHours(36));
    }

    @Test
    void the_jitter_spreads_receivers_that_failed_together() {
        long distinct = IntStream.range(0, 20).mapToObj(run -> production.after(3).orElseThrow()).distinct().count();

        assertThat(distinct).isGreaterThan(1);
    }
}
