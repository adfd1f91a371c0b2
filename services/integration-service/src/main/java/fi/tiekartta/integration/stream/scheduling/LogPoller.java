package fi.tiekartta.integration.stream.scheduling;

import fi.tiekartta.integration.eventlog.EventLog;
import fi.tiekartta.integration.eventlog.LogSlot;
import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.integration.stream.EventBroadcast;
import fi.tiekartta.platform.sse.GapTimer;
import fi.tiekartta.platform.sse.PollingThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The one poller of an instance: every {@code tiekartta.event-stream.poll-interval} (250 ms) it reads the log's counter
 * (one read by id) and, when it moved, the new positions ({@code _id $in}, at most 500 a tick), and hands the events
 * to the {@link EventBroadcast} in position order. However many streams are connected, that is all it reads.
 * <p>
 * A hole (a position counted by a writer, its event not written yet) holds the positions after it back, so that
 * nothing is handed out out of order, for at most {@code tiekartta.event-stream.gap-timeout} (5 s). Then the poller
 * {@link EventLog#giveUp gives the position up}, which settles it for every reader of every instance: if the event
 * came meanwhile it is handed out, otherwise the position stays empty and its writer, should it still be alive,
 * appends the event at a later position. So a writer that died between counting and writing never stalls the stream
 * for more than the timeout, and a slow one never has its event missed.
 * <p>
 * It starts {@value EventLog#MAX_POSITIONS} positions behind the log's counter (no stream is connected yet, so going
 * over them again costs one read), so that holes left by a writer that stopped with the previous instance are settled
 * too. It runs on a thread of its own ({@code event-stream-poller}), which also sends the heartbeat every
 * {@code tiekartta.event-stream.heartbeat-interval} (15 s).
 */
@Component
class LogPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogPoller.class);

    private final EventLog eventLog;
    private final EventBroadcast broadcast;
    private final GapTimer gap;
    private final PollingThread thread;

    LogPoller(EventLog eventLog, EventBroadcast broadcast,
            @Value("${tiekartta.event-stream.gap-timeout:PT5S}") Duration gapTimeout,
            @Value("${tiekartta.event-stream.poll-interval:PT0.25S}") Duration pollInterval,
            @Value("${tiekartta.event-stream.heartbeat-interval:PT15S}") Duration heartbeatInterval) {
        this.eventLog = eventLog;
        this.broadcast = broadcast;
        this.gap = new GapTimer(gapTimeout);
        this.thread = new PollingThread("event-stream-poller", pollInterval, heartbeatInterval);
    }

    @Override
    public void start() {
        long start = Math.max(eventLog.firstKeptPosition() - 1, eventLog.lastPosition() - EventLog.MAX_POSITIONS);
        broadcast.start(Math.max(0, start));
        thread.start(this::poll, this::heartbeat);
    }

    /** Before the web server starts taking requests, so that no stream is refused for want of a started broadcast. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public void stop() {
        thread.stop();
    }

    @Override
    public boolean isRunning() {
        return thread.isRunning();
    }

    synchronized void poll() {
        try {
            while (pollOnce()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException failed) { // the next tick tries again
            if (thread.isRunning()) {
                log.warn("Polling the event log failed: {}", failed.toString());
            }
        }
    }

    synchronized void heartbeat() { // never while a poll hands events out
        try {
            broadcast.heartbeat();
        } catch (RuntimeException failed) { // a scheduled task that throws is never run again
            log.warn("The heartbeat failed: {}", failed.toString());
        }
    }

    /** Answers whether it read a full batch. */
    private boolean pollOnce() {
        OptionalLong at = broadcast.position();
        if (at.isEmpty()) {
            return false; // shutting down
        }
        long current = at.getAsLong();
        long head = eventLog.lastPosition();
        if (head <= current) {
            return false;
        }
        long upTo = Math.min(head, current + EventLog.MAX_POSITIONS);
        Map<Long, LogSlot> found = new HashMap<>();
        for (LogSlot slot : eventLog.slotsBetween(current + 1, upTo)) {
            found.put(slot.position(), slot);
        }
        List<LoggedEvent> next = new ArrayList<>();
        long position = current + 1;
        while (position <= upTo) {
            LogSlot slot = found.get(position);
            if (slot == null) {
                slot = settleHole(position);
                if (slot == null) {
                    break;
                }
            }
            if (!slot.skipped()) {
                next.add(slot.entry());
            }
            position++;
        }
        if (position - 1 > current) {
            broadcast.publish(position - 1, next);
        }
        return position > upTo && upTo < head;
    }

    /** The slot at a hole once settled; null while the poller still waits for it. */
    private LogSlot settleHole(long position) {
        if (!gap.timedOut(position)) {
            return null;
        }
        LogSlot settled = eventLog.giveUp(position);
        if (settled.skipped()) {
            log.warn("Event log position {} was counted but not written within {} ms; it is skipped", position,
                    gap.timeoutMillis());
        }
        return settled;
    }
}
