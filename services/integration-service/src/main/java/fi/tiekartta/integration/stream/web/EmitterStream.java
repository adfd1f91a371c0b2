package fi.tiekartta.integration.stream.web;

import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.integration.stream.EventBroadcast;
import fi.tiekartta.integration.stream.StreamFilter;
import fi.tiekartta.integration.stream.Subscriber;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One connected client: an {@link SseEmitter} fed from the {@link EventBroadcast}. What it sends waits in its own queue
 * and is written by one of the {@link StreamSenders}, never by the poller. Until {@link #live} it keeps what the
 * broadcast hands it aside, so that the catch-up goes first; it never sends a position twice or out of order
 * ({@code sent} is the last position sent). A client that lets {@code maxQueued} events pile up is disconnected: it
 * reconnects and catches up from its {@code Last-Event-ID}.
 */
final class EmitterStream implements Subscriber {

    private final SseEmitter emitter;
    private final StreamFilter filter;
    private final StreamMessages messages;
    private final Executor senders;
    private final EventBroadcast broadcast;
    private final int maxQueued;

    private final Object lock = new Object();
    private final ArrayDeque<SseEmitter.SseEventBuilder> queue = new ArrayDeque<>(); // guarded by lock
    private final List<LoggedEvent> held = new ArrayList<>(); // guarded by lock, until live
    private long sent; // guarded by lock
    private boolean live; // guarded by lock
    private boolean draining; // guarded by lock
    private volatile boolean closed;

    EmitterStream(SseEmitter emitter, StreamFilter filter, StreamMessages messages, Executor senders,
            EventBroadcast broadcast, int maxQueued) {
        this.emitter = emitter;
        this.filter = filter;
        this.messages = messages;
        this.senders = senders;
        this.broadcast = broadcast;
        this.maxQueued = maxQueued;
        emitter.onCompletion(this::closed);
        emitter.onTimeout(() -> {
            closed();
            emitter.complete();
        });
        emitter.onError(failure -> closed());
    }

    /**
     * Sends the catch-up (or the reset and the catch-up), then what the broadcast handed out meanwhile, and from now on
     * everything as it comes.
     *
     * @param first   what to send before anything else
     * @param carryOn the position the stream is at after {@code first}: later positions only are sent
     */
    void live(List<SseEmitter.SseEventBuilder> first, long carryOn) {
        synchronized (lock) {
            first.forEach(this::enqueue);
            sent = carryOn;
            live = true;
            for (LoggedEvent event : held) {
                event(event);
            }
            held.clear();
        }
    }

    @Override
    public void event(LoggedEvent event) {
        if (closed || !filter.matches(event.event())) {
            return;
        }
        synchronized (lock) {
            if (!live) {
                held.add(event);
                return;
            }
            if (event.position() <= sent) {
                return; // sent already (the catch-up, or a client that saw more than this instance's poller)
            }
            sent = event.position();
            enqueue(messages.event(event));
        }
    }

    @Override
    public void heartbeat(long position) {
        synchronized (lock) {
            if (!live) {
                return;
            }
            SseEmitter.SseEventBuilder beat = SseEmitter.event().comment("heartbeat");
            if (position > sent) {
                // an id without data moves the client's Last-Event-ID past events its filter left out, so that a
                // reconnect does not read them again
                sent = position;
                beat.id(Long.toString(position));
            }
            enqueue(beat);
        }
    }

    @Override
    public void end() {
        close();
    }

    private void enqueue(SseEmitter.SseEventBuilder event) {
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

    private void close() {
        closed();
        try {
            emitter.complete();
        } catch (RuntimeException completedAlready) {
            // nothing more to do
        }
    }

    private void closed() {
        closed = true;
        broadcast.unsubscribe(this);
    }
}
