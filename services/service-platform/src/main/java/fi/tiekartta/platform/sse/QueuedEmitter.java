package fi.tiekartta.platform.sse;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * An {@link SseEmitter} written from a queue of its own by one of the {@link SseSenders}, so that whoever hands out
 * events (a poller) never waits for a slow client: one drain at a time, in the order queued. A client that lets
 * {@code maxQueued} events pile up is disconnected: it reconnects and catches up from its {@code Last-Event-ID}.
 * Once the emitter completes, times out, fails or is closed here, {@code whenClosed} runs (the stream leaves its
 * broadcast) and nothing more is queued.
 * <p>
 * A stream that decides what to send under a lock of its own may call {@link #send} under it: the queue's lock is
 * only ever taken inside it, never the other way round.
 */
public final class QueuedEmitter {

    private final SseEmitter emitter;
    private final Executor senders;
    private final int maxQueued;
    private final Runnable whenClosed;

    private final Object lock = new Object();
    private final ArrayDeque<SseEmitter.SseEventBuilder> queue = new ArrayDeque<>(); // guarded by lock
    private boolean draining; // guarded by lock
    private volatile boolean closed;

    public QueuedEmitter(SseEmitter emitter, Executor senders, int maxQueued, Runnable whenClosed) {
        this.emitter = emitter;
        this.senders = senders;
        this.maxQueued = maxQueued;
        this.whenClosed = whenClosed;
        emitter.onCompletion(this::closed);
        emitter.onTimeout(() -> {
            closed();
            emitter.complete();
        });
        emitter.onError(failure -> closed());
    }

    /** The comment that keeps an idle stream open (proxies) and shows the client it is alive. */
    public static SseEmitter.SseEventBuilder heartbeat() {
        return SseEmitter.event().comment("heartbeat");
    }

    /** Queues {@code event} for sending; does nothing once closed, and closes when the client is too far behind. */
    public void send(SseEmitter.SseEventBuilder event) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (queue.size() >= maxQueued) {
                close(); // too slow: it reconnects and catches up
                return;
            }
            queue.add(event);
            if (!draining) {
                draining = true;
                try {
                    senders.execute(this::drain);
                } catch (RejectedExecutionException shuttingDown) {
                    draining = false;
                    close();
                }
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Ends the stream now (the client reconnects, to another instance if need be). */
    public void close() {
        closed();
        try {
            emitter.complete();
        } catch (RuntimeException completedAlready) {
            // nothing more to do
        }
    }

    private void drain() {
        while (true) {
            SseEmitter.SseEventBuilder next;
            synchronized (lock) {
                next = queue.poll();
                if (next == null || closed) {
                    draining = false;
                    return;
                }
            }
            try {
                emitter.send(next);
            } catch (Exception gone) { // IOException: the client went away; IllegalStateException: completed
                close();
                return;
            }
        }
    }

    private void closed() {
        closed = true;
        whenClosed.run();
    }
}
