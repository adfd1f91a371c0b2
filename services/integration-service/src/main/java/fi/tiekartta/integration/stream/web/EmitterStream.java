package fi.tiekartta.integration.stream.web;

import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.integration.stream.EventBroadcast;
import fi.tiekartta.integration.stream.StreamFilter;
import fi.tiekartta.integration.stream.Subscriber;
import fi.tiekartta.platform.sse.QueuedEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One connected client: an {@link SseEmitter} fed from the {@link EventBroadcast}. What it sends waits in its
 * {@link QueuedEmitter}, never written by the poller, and a client that lets {@code maxQueued} events pile up is
 * disconnected: it reconnects and catches up from its {@code Last-Event-ID}. Until {@link #live} it keeps what the
 * broadcast hands it aside, so that the catch-up goes first; it never sends a position twice or out of order
 * ({@code sent} is the last position sent).
 */
final class EmitterStream implements Subscriber {

    private final QueuedEmitter emitter;
    private final StreamFilter filter;
    private final StreamMessages messages;

    private final Object lock = new Object();
    private final List<LoggedEvent> held = new ArrayList<>(); // guarded by lock, until live
    private long sent; // guarded by lock
    private boolean live; // guarded by lock

    EmitterStream(SseEmitter emitter, StreamFilter filter, StreamMessages messages, Executor senders,
            EventBroadcast broadcast, int maxQueued) {
        this.filter = filter;
        this.messages = messages;
        this.emitter = new QueuedEmitter(emitter, senders, maxQueued, () -> broadcast.unsubscribe(this));
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
            first.forEach(emitter::send);
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
        if (emitter.isClosed() || !filter.matches(event.event())) {
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
            emitter.send(messages.event(event));
        }
    }

    @Override
    public void heartbeat(long position) {
        synchronized (lock) {
            if (!live) {
                return;
            }
            SseEmitter.SseEventBuilder beat = QueuedEmitter.heartbeat();
            if (position > sent) {
                // an id without data moves the client's Last-Event-ID past events its filter left out, so that a
                // reconnect does not read them again
                sent = position;
                beat.id(Long.toString(position));
            }
            emitter.send(beat);
        }
    }

    @Override
    public void end() {
        emitter.close();
    }
}
