package fi.tiekartta.integration.stream.scheduling;

import fi.tiekartta.integration.eventlog.EventLog;
import fi.tiekartta.integration.eventlog.LogSlot;
import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.integration.stream.EventBroadcast;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
    private final long gapTimeoutNanos;
    private final Duration pollInterval;
    private final Duration heartbeatInterval;
    private volatile ScheduledExecutorService thread;

    private long gapAt = -1;
    private long gapSince;

    LogPoller(EventLog eventLog, EventBroadcast broadcast,
            @Value("${tiekartta.event-stream.gap-timeout:PT5S}") Duration gapTimeout,
            @Value("${tiekartta.event-stream.poll-interval:PT0.25S}") Duration pollInterval,
            @Value("${tiekartta.event-stream.heartbeat-interval:PT15S}") Duration heartbeatInterval) {
        this.eventLog = eventLog;
        this.broadcast = broadcast;
        this.gapTimeoutNanos = gapTimeout.toNanos();
        this.pollInterval = pollInterval;
        this.heartbeatInterval = heartbeatInterval;
    }

    @Override
    public void start() {
        long start = Math.max(eventLog.firstKeptPosition() - 1, eventLog.lastPosition() - EventLog.MAX_POSITIONS);
        broadcast.start(Math.max(0, start));
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread poller = new Thread(task, "event-stream-poller");
            poller.setDaemon(true);
            return poller;
        });
        started.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        started.scheduleAtFixedRate(this::heartbeat, heartbeatInterval.toMillis(), heartbeatInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        thread = started;
    }

    /** Before the web server starts taking requests, so that no stream is refused for want of a started broadcast. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping = thread;
        thread = null;
        if (stopping != null) {
            stopping.shutdownNow(); // a poll waiting for MongoDB is interrupted, not waited for
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    synchronized void poll() {
        try {
            while (pollOnce()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException failed) { // the next tick tries again
            if (thread != null) {
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
        long now = System.nanoTime();
        if (gapAt != position) {
            gapAt = position;
            gapSince = now;
            return null;
        }
        if (now - gapSince < gapTimeoutNanos) {
            return null;
        }
        gapAt = -1;
        LogSlot settled = eventLog.giveUp(position);
        if (settled.skipped()) {
            log.warn("Event log position {} was counted but not written within {} ms; it is skipped", position,
                    gapTimeoutNanos / 1_000_000);
        }
        return settled;
    }
}
