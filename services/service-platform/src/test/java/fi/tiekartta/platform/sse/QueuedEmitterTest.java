package fi.tiekartta.platform.sse;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue between whoever hands events out and a client: in order, one drain at a time, and a slow client closed. */
class QueuedEmitterTest {

    /** Records what is sent instead of writing it. */
    static final class RecordingEmitter extends SseEmitter {
        final List<SseEventBuilder> sent = new ArrayList<>();
        boolean completed;
        boolean failing;

        @Override
        public void send(SseEventBuilder event) throws IOException {
            if (failing) {
                throw new IOException("the client went away");
            }
            sent.add(event);
        }

        @Override
        public void complete() {
            completed = true;
        }
    }

    final List<Runnable> drains = new ArrayList<>();
    final Executor later = drains::add;
    final RecordingEmitter emitter = new RecordingEmitter();
    final AtomicInteger closedCalls = new AtomicInteger();

    @Test
    void events_go_out_in_the_order_queued_with_one_drain_for_a_burst() {
        QueuedEmitter queued = new QueuedEmitter(emitter, later, 10, closedCalls::incrementAndGet);
        SseEmitter.SseEventBuilder first = SseEmitter.event().id("1").data("a");
        SseEmitter.SseEventBuilder second = SseEmitter.event().id("2").data("b");
        queued.send(first);
        queued.send(second);

        assertThat(drains).hasSize(1);
        drains.get(0).run();
        assertThat(emitter.sent).containsExactly(first, second);

        queued.send(SseEmitter.event().id("3").data("c"));
        assertThat(drains).hasSize(2); // the first drain ended with an empty queue
        assertThat(queued.isClosed()).isFalse();
    }

    @Test
    void a_client_that_lets_max_queued_events_pile_up_is_closed_and_gets_nothing_more() {
        QueuedEmitter queued = new QueuedEmitter(emitter, later, 2, closedCalls::incrementAndGet);
        queued.send(SseEmitter.event().data("a"));
        queued.send(SseEmitter.event().data("b"));
        queued.send(SseEmitter.event().data("c"));

        assertThat(queued.isClosed()).isTrue();
        assertThat(emitter.completed).isTrue();
        assertThat(closedCalls).hasValue(1);
        drains.get(0).run();
        assertThat(emitter.sent).isEmpty();
    }

    @Test
    void a_failed_send_closes_the_stream() {
        QueuedEmitter queued = new QueuedEmitter(emitter, later, 10, closedCalls::incrementAndGet);
        emitter.failing = true;
        queued.send(SseEmitter.event().data("a"));
        drains.get(0).run();

        assertThat(queued.isClosed()).isTrue();
        assertThat(emitter.completed).isTrue();
        assertThat(closedCalls).hasValue(1);
    }

    @Test
    void senders_shutting_down_close_the_stream() {
        QueuedEmitter queued = new QueuedEmitter(emitter, task -> {
            throw new RejectedExecutionException("shut down");
        }, 10, closedCalls::incrementAndGet);
        queued.send(SseEmitter.event().data("a"));

        assertThat(queued.isClosed()).isTrue();
        assertThat(closedCalls).hasValue(1);
    }
}
