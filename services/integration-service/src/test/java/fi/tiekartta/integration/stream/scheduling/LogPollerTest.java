package fi.tiekartta.integration.stream.scheduling;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.integration.SampleEvents;
import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.integration.eventlog.MemoryEventLog;
import fi.tiekartta.integration.events.PublicEvent;
import fi.tiekartta.integration.stream.EventBroadcast;
import fi.tiekartta.integration.stream.Subscriber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The poller hands the log out in position order, waits for a hole a little and then settles it. */
class LogPollerTest {

    private final MemoryEventLog log = new MemoryEventLog();
    private final EventBroadcast broadcast = new EventBroadcast(10);
    private final List<Long> received = new CopyOnWriteArrayList<>();
    private LogPoller poller;

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.stop();
        }
    }

    @Test
    void a_hole_holds_later_positions_back_until_its_event_comes() {
        start(Duration.ofMinutes(1));
        log.append(event()); // 1
        long hole = log.hole(); // 2: a writer between its writes
        log.append(event()); // 3

        poller.poll();
        assertThat(received).containsExactly(1L);
        assertThat(broadcast.position()).hasValue(1);

        log.writeAt(hole, event());
        poller.poll();
        assertThat(received).containsExactly(1L, 2L, 3L);
        assertThat(log.givenUp).isZero();
    }

    @Test
    void a_hole_whose_writer_died_is_given_up_after_the_timeout() throws Exception {
        start(Duration.ofMillis(50));
        log.append(event()); // 1
        log.hole(); // 2: its writer died
        log.append(event()); // 3

        poller.poll();
        assertThat(received).containsExactly(1L);
        Thread.sleep(100);
        poller.poll();

        assertThat(received).containsExactly(1L, 3L);
        assertThat(broadcast.position()).hasValue(3);
        assertThat(log.givenUp).isEqualTo(1);
    }

    @Test
    void it_starts_a_batch_behind_the_log_so_that_holes_left_before_a_restart_are_settled_too() {
        for (int i = 0; i < 600; i++) {
            log.append(event());
        }
        start(Duration.ofMinutes(1));

        assertThat(broadcast.position()).hasValue(100);
        poller.poll();
        assertThat(broadcast.position()).hasValue(600);
        assertThat(received).hasSize(500).startsWith(101L).endsWith(600L);
    }

    private void start(Duration gapTimeout) {
        poller = new LogPoller(log, broadcast, gapTimeout, Duration.ofHours(1), Duration.ofHours(1));
        poller.start();
        broadcast.subscribe(new Subscriber() {
            @Override
            public void event(LoggedEvent event) {
                received.add(event.position());
            }

            @Override
            public void heartbeat(long position) {
            }

            @Override
            public void end() {
            }
        });
    }

    private static PublicEvent event() {
        return PublicEvent.from(SampleEvents.milestonePlanned(UUID.randomUUID().toString(), "SHKO"), Topics.MILESTONES).orElseThrow();
    }
}
