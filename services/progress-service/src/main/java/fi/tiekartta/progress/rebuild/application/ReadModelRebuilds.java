package fi.tiekartta.progress.rebuild.application;

import fi.tiekartta.progress.rebuild.PartitionProgress;
import fi.tiekartta.progress.rebuild.ReadModelGenerations;
import fi.tiekartta.progress.rebuild.RebuildAlreadyRunningException;
import fi.tiekartta.progress.rebuild.RebuildPhase;
import fi.tiekartta.progress.rebuild.RebuildStatus;
import fi.tiekartta.progress.rebuild.Replay;
import fi.tiekartta.progress.rebuild.ServingConsumers;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Rebuilds the whole read model from the topics into a new generation while the active one keeps serving, then
 * switches over (docs/services/progress-rebuild.md):
 * <ol>
 *   <li>REPLAYING: the next generation's database is emptied and a replay consumes every topic from the beginning
 *       into it, until its consumer groups' committed offsets reach the partitions' end offsets;</li>
 *   <li>PAUSING: the serving consumers are paused (they finish what they fetched);</li>
 *   <li>CATCHING_UP: the replay catches up with the end offsets as they were once the serving consumers stood
 *       still: everything the serving consumers applied is then in the new generation too;</li>
 *   <li>SWITCHED: the new generation gets the indexes it lacks, becomes the active one, the replay stops, the
 *       serving consumers resume from their own offsets, now into the new generation (projections are
 *       idempotent, so what both applied changes nothing), and the generations older than the previous one are
 *       dropped. The previous one is kept until the next rebuild, for a rollback.</li>
 * </ol>
 * On a failure or time-out before the switch the replay stops, the serving consumers resume, and the active
 * generation stays: FAILED. One rebuild at a time, on one thread of its own.
 */
@Service
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "false", matchIfMissing = true)
public class ReadModelRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final ReadModelGenerations generations;
    private final Replay replay;
    private final ServingConsumers serving;
    private final Clock clock;
    private final Duration replayTimeout;
    private final Duration catchUpTimeout;
    private final Duration pollInterval;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "progress-rebuild");
        thread.setDaemon(true);
        // the replay's context loads the application's classes and factories through it (nested jars in the boot jar)
        thread.setContextClassLoader(ReadModelRebuilds.class.getClassLoader());
        return thread;
    });
    private volatile RebuildStatus status;

    public ReadModelRebuilds(ReadModelGenerations generations, Replay replay, ServingConsumers serving, Clock clock,
            ObjectProvider<MeterRegistry> meters,
            @Value("${tiekartta.progress.rebuild.replay-timeout:2h}") String replayTimeout,
            @Value("${tiekartta.progress.rebuild.catch-up-timeout:5m}") String catchUpTimeout,
            @Value("${tiekartta.progress.rebuild.poll-interval:500ms}") String pollInterval) {
        this.generations = generations;
        this.replay = replay;
        this.serving = serving;
        this.clock = clock;
        this.replayTimeout = DurationStyle.detectAndParse(replayTimeout);
        this.catchUpTimeout = DurationStyle.detectAndParse(catchUpTimeout);
        this.pollInterval = DurationStyle.detectAndParse(pollInterval);
        this.status = RebuildStatus.idle(generations.active());
        meters.ifAvailable(this::registerGauges);
    }

    private void registerGauges(MeterRegistry registry) {
        for (RebuildPhase phase : RebuildPhase.values()) {
            Gauge.builder("tiekartta.progress.rebuild.phase", this, rebuilds -> rebuilds.status.phase() == phase ? 1 : 0)
                    .tag("phase", phase.name())
                    .description("1 for the phase the latest read model rebuild is in, 0 for the others")
                    .register(registry);
        }
        Gauge.builder("tiekartta.progress.read-model.generation", this, rebuilds -> rebuilds.status.activeGeneration())
                .description("The read model generation that serves")
                .register(registry);
    }

    /** The latest rebuild's status, or IDLE. */
    public RebuildStatus status() {
        return status;
    }

    /**
     * Starts a rebuild into the next generation and answers its status at once.
     *
     * @throws RebuildAlreadyRunningException when one is running
     */
    public synchronized RebuildStatus start() {
        if (status.running()) {
            throw new RebuildAlreadyRunningException(status);
        }
        int active = generations.active();
        int generation = Math.max(active, generations.previous()) + 1;
        status = new RebuildStatus(generation, active, RebuildPhase.REPLAYING, clock.instant(), null, false, List.of(), null);
        log.info("Rebuilding the read model into generation {}; generation {} serves meanwhile", generation, active);
        worker.submit(() -> run(generation));
        return status;
    }

    private void run(int generation) {
        Replay.Running running = null;
        boolean paused = false;
        try {
            generations.clear(generation);
            running = replay.start(generation, generations.databaseName(generation));
            await(running, null, replayTimeout);

            phase(RebuildPhase.PAUSING);
            paused = true;
            if (!serving.pause(catchUpTimeout)) {
                throw new IllegalStateException("The serving consumers did not pause within " + catchUpTimeout);
            }
            phase(RebuildPhase.CATCHING_UP);
            Map<String, Long> target = running.progress().stream()
                    .collect(Collectors.toMap(ReadModelRebuilds::key, PartitionProgress::end));
            await(running, target, catchUpTimeout);

            generations.copyIndexes(generation);
            generations.activate(generation);
            running.close();
            running = null;
            serving.resume();
            paused = false;
            log.info("Read model generation {} built and serving", generation);
            try {
                generations.dropOlderGenerations();
            } catch (RuntimeException notDropped) {
                // The switch has happened; what is left of older generations is dropped by the next rebuild.
                log.warn("Could not drop the generations before {}", generation, notDropped);
            }
            // SWITCHED only once the older generations are gone, so whoever waits for it sees the end state.
            status = with(RebuildPhase.SWITCHED, generation, clock.instant(), null);
        } catch (Exception failed) {
            log.error("Rebuilding the read model into generation {} failed; generation {} keeps serving", generation,
                    generations.active(), failed);
            status = with(RebuildPhase.FAILED, generations.active(), clock.instant(), String.valueOf(failed.getMessage()));
        } finally {
            if (running != null) {
                try {
                    running.close();
                } catch (RuntimeException notClosed) {
                    log.warn("Could not stop the replay of generation {}", generation, notClosed);
                }
            }
            if (paused) {
                serving.resume();
            }
        }
    }

    /**
     * Waits until every partition of the replay is caught up: with its end offset, or with {@code target} (the end
     * offsets when the serving consumers paused) where given.
     */
    private void await(Replay.Running running, Map<String, Long> target, Duration timeout) throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            List<PartitionProgress> progress = running.progress();
            if (target != null) {
                progress = progress.stream().map(partition -> PartitionProgress.of(partition.group(), partition.topic(),
                        partition.partition(), partition.committed(), target.getOrDefault(key(partition), partition.end())))
                        .toList();
            }
            boolean caughtUp = progress.stream().allMatch(PartitionProgress::caughtUp);
            RebuildStatus current = status;
            status = new RebuildStatus(current.generation(), current.activeGeneration(), current.phase(),
                    current.startedAt(), null, caughtUp, progress, null);
            List<String> failures = running.failures();
            if (!failures.isEmpty()) {
                throw new IllegalStateException("The replay could not apply " + failures.size() + " record(s), first "
                        + failures.get(0));
            }
            if (caughtUp) {
                return;
            }
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("The replay did not catch up within " + timeout);
            }
            Thread.sleep(pollInterval.toMillis());
        }
    }

    private static String key(PartitionProgress partition) {
        return partition.group() + "/" + partition.topic() + "/" + partition.partition();
    }

    private void phase(RebuildPhase phase) {
        RebuildStatus current = status;
        status = new RebuildStatus(current.generation(), current.activeGeneration(), phase, current.startedAt(), null,
                current.caughtUp(), current.partitions(), null);
    }

    private RebuildStatus with(RebuildPhase phase, int active, Instant finishedAt, String error) {
        RebuildStatus current = status;
        return new RebuildStatus(current.generation(), active, phase, current.startedAt(), finishedAt,
                current.caughtUp(), current.partitions(), error);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
