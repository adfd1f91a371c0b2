package fi.tiekartta.progress.live.web;

import fi.tiekartta.progress.changes.RecordedChange;
import fi.tiekartta.progress.live.ChangeBroadcast;
import fi.tiekartta.progress.live.ChangeFilter;
import fi.tiekartta.progress.live.StreamPosition;
import fi.tiekartta.progress.live.Subscriber;
import fi.tiekartta.platform.sse.QueuedEmitter;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * One connected client: an {@link SseEmitter} fed from the {@link ChangeBroadcast}. What it sends waits in its
 * {@link QueuedEmitter}, never written by the poller, and a client that lets {@code maxQueued} events pile up is
 * disconnected: it reconnects and catches up from its {@code Last-Event-ID}. Until {@link #live} it keeps what the
 * broadcast hands it aside, so that the catch-up goes first; it never sends a position twice or out of order
 * ({@code sent} is the last position sent).
 */
final class EmitterStream implements Subscriber {

    private record Held(StreamPosition position, RecordedChange change) {
    }

    private final QueuedEmitter emitter;
    private final ChangeFilter filter;
    private final JsonMapper json;
    private final ChangeBroadcast broadcast;

    private final Object lock = new Object();
    private final List<Held> held = new ArrayList<>(); // guarded by lock, until live
    private StreamPosition sent; // guarded by lock
    private StreamPosition resetWhenLive; // guarded by lock
    private boolean live; // guarded by lock

    EmitterStream(SseEmitter emitter, ChangeFilter filter, JsonMapper json, Executor senders, ChangeBroadcast broadcast,
            int maxQueued) {
        this.filter = filter;
        this.json = json;
        this.broadcast = broadcast;
        this.emitter = new QueuedEmitter(emitter, senders, maxQueued, () -> broadcast.unsubscribe(this));
    }

    /**
     * Sends the catch-up (or the reset), then what the broadcast handed out meanwhile, and from now on everything as it
     * comes.
     *
     * @param first   what to send before anything else
     * @param carryOn the position the stream is at after {@code first}: later positions only are sent
     */
    void live(List<SseEmitter.SseEventBuilder> first, StreamPosition carryOn) {
        synchronized (lock) {
            first.forEach(emitter::send);
            sent = carryOn;
            live = true;
            if (resetWhenLive != null) { // the generation changed while the stream caught up
                sent = resetWhenLive;
                emitter.send(resetEvent("GENERATION", resetWhenLive));
            }
            for (Held change : held) {
                change(change.position(), change.change());
            }
            held.clear();
        }
    }

    @Override
    public void change(StreamPosition position, RecordedChange change) {
        if (emitter.isClosed() || !filter.matches(change)) {
            return;
        }
        synchronized (lock) {
            if (!live) {
                held.add(new Held(position, change));
                return;
            }
            if (position.generation() == sent.generation() && position.position() <= sent.position()) {
                return; // sent already (the catch-up, or a client that saw more than this instance's poller)
            }
            sent = position;
            emitter.send(changeEvent(position, change));
        }
    }

    @Override
    public void reset(StreamPosition now) {
        synchronized (lock) {
            held.clear();
            if (!live) {
                resetWhenLive = now; // the catch-up answers for the old generation
                return;
            }
            sent = now;
            emitter.send(resetEvent("GENERATION", now));
        }
    }

    @Override
    public void heartbeat() {
        StreamPosition at = broadcast.position();
        synchronized (lock) {
            if (!live) {
                return;
            }
            SseEmitter.SseEventBuilder beat = QueuedEmitter.heartbeat();
            if (at != null && at.generation() == sent.generation() && at.position() > sent.position()) {
                // an id without data moves the client's Last-Event-ID past entries it did not ask for, without an event
                sent = at;
                beat.id(at.id());
            }
            emitter.send(beat);
        }
    }

    @Override
    public void end() {
        emitter.close();
    }

    SseEmitter.SseEventBuilder changeEvent(StreamPosition position, RecordedChange change) {
        return SseEmitter.event().name("change").id(position.id())
                .data(json.writeValueAsString(ChangeEventData.of(change)), MediaType.TEXT_PLAIN);
    }

    SseEmitter.SseEventBuilder resetEvent(String reason, StreamPosition position) {
        return SseEmitter.event().name("reset").id(position.id())
                .data(json.writeValueAsString(new ResetEventData(reason, position.id())), MediaType.TEXT_PLAIN);
    }

    StreamPosition sent() {
        synchronized (lock) {
            return sent;
        }
    }
}
