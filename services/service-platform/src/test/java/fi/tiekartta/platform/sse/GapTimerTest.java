package fi.tiekartta.platform.sse;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GapTimerTest {

    @Test
    void a_gap_times_out_only_once_waited_for_and_a_new_gap_waits_anew() throws InterruptedException {
        GapTimer gap = new GapTimer(Duration.ofMillis(1));

        assertThat(gap.timedOut(5)).isFalse(); // the wait starts
        Thread.sleep(20);
        assertThat(gap.timedOut(6)).isFalse(); // another gap: its wait starts
        Thread.sleep(20);
        assertThat(gap.timedOut(6)).isTrue();
        assertThat(gap.timedOut(6)).isFalse(); // given up: waited for anew
    }

    @Test
    void a_cleared_gap_is_waited_for_anew() throws InterruptedException {
        GapTimer gap = new GapTimer(Duration.ofSeconds(5));
        assertThat(gap.timeoutMillis()).isEqualTo(5000);

        GapTimer quick = new GapTimer(Duration.ofMillis(1));
        quick.timedOut(5);
        quick.clear();
        Thread.sleep(20);
        assertThat(quick.timedOut(5)).isFalse();
    }
}
