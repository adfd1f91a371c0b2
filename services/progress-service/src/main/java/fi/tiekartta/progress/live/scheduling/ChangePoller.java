package fi.tiekartta.progress.live.scheduling;

import fi.tiekartta.platform.sse.GapTimer;
import fi.tiekartta.platform.sse.PollingThread;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.changes.RecordedChange;
import fi.tiekartta.progress.live.ChangeBroadcast;
import fi.tiekartta.progress.live.StreamPosition;
import fi.tiekartta.progress.rebuild.ReadModelGenerations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one poller of an instance: every {@code tiekartta.progress.live.poll-interval} (250 ms) it reads the feed's
 * counter (one read by id) and, when it moved, the new positions ({@code _id $in}, at most 500 a tick), and hands the
 * entries to the {@link ChangeBroadcast} in position order. However many streams are connected, that is all it
 * reads.
 * <p>
 * A gap (a position counted by a writer but its entry not written yet, e.g. another instance between its two writes)
 * holds the entries after it back, so that nothing is handed out out of order, for at most
 * {@code tiekartta.progress.live.gap-timeout} (5 s); then the position is given up (its writer died in between) and
 * the poller goes on. When the read model's generation changes (a rebuild switched over), the poller starts again
 * at the new generation's last position and every stream is told to reset.
 * <p>
 * It runs on a thread of its own ({@code live-poller}), which also sends the heartbeat every
 * {@code tiekartta.progress.live.heartbeat-interval} (15 s), not on the application's shared task scheduler: a poll
 * is never delayed by another scheduled task, and a shutdown does not wait for a poll that waits for MongoDB.
 */
@Component
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "false", matchIfMissing = true)
class ChangePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangePoller.class);

    private final ChangeFeed feed;
    private final ReadModelGenerations generations;
    private final ChangeBroadcast broadcast;
    private final GapTimer gap;
    private final PollingThread thread;

    ChangePoller(ChangeFeed feed, ReadModelGenerations generations, ChangeBroadcast broadcast,
            @Value("${tiekartta.progress.live.gap-timeout:PT5S}") Duration gapTimeout,
            @Value("${tiekartta.progress.live.poll-interval:PT0.25S}") Duration pollInterval,
            @Value("${tiekartta.progress.live.heartbeat-interval:PT15S}") Duration heartbeatInterval) {
        this.feed = feed;
        this.generations = generations;
        this.broadcast = broadcast;
        this.gap = new GapTimer(gapTimeout);
        this.thread = new PollingThread("live-poller", pollInterval, heartbeatInterval);
        broadcast.start(new StreamPosition(generations.active(), feed.lastPosition()));
    }

    @Override
    public void start() {
        thread.start(this::poll, this::heartbeat);
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
            pollOnce();
        } catch (RuntimeException failed) { // the next tick tries again
            if (thread.isRunning()) {
                log.warn("Polling the change feed failed: {}", failed.toString());
            }
        }
    }

    synchronized void heartbeat() { // never while a poll hands entries out: a heartbeat's id is the poller's position
        try {
            broadcast.heartbeat();
        } catch (RuntimeException failed) { // a scheduled task that throws is never run again
            log.warn("The heartbeat failed: {}", failed.toString());
        }
    }

    private void pollOnce() {
        StreamPosition current = broadcast.position();
        if (current == null) {
            return; // shutting down
        }
        int generation = generations.active();
        if (generation != current.generation()) {
            StreamPosition restart = new StreamPosition(generation, feed.lastPosition());
            log.info("The read model switched to generation {}: live streams reset at {}", generation, restart.id());
            gap.clear();
            broadcast.restart(restart);
            return;
        }
        long head = feed.lastPosition();
        if (head <= current.position()) {
            return;
        }
        long upTo = Math.min(head, current.position() + ChangeFeed.MAX_POSITIONS);
        Map<Long, RecordedChange> found = new HashMap<>();
        for (RecordedChange change : feed.recordedBetween(current.position() + 1, upTo)) {
            found.put(change.position(), change);
        }
        if (generations.active() != generation) {
            return; // switched while we read: the next tick restarts
        }
        List<RecordedChange> next = new ArrayList<>();
        long position = current.position() + 1;
        while (position <= upTo) {
            RecordedChange change = found.get(position);
            if (change == null) {
                if (!gap.timedOut(position)) {
                    break;
                }
                log.warn("Change feed position {} was counted but not written within {} ms; live streams skip it",
                        position, gap.timeoutMillis());
            } else {
                next.add(change);
            }
            position++;
        }
        if (position - 1 > current.position()) {
            broadcast.publish(current.at(position - 1), next);
        }
    }
}
