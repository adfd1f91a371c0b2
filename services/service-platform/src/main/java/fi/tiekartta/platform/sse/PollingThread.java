package fi.tiekartta.platform.sse;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a stream's poller: it polls every {@code pollInterval} (after the previous poll ended) and sends the
 * heartbeat every {@code heartbeatInterval}, both on the one daemon thread. Not on the application's shared task
 * scheduler: a poll is never delayed by another scheduled task, and {@link #stop} interrupts a poll that waits for
 * the database rather than waiting for it. The tasks must not throw (a scheduled task that throws is never run
 * again).
 */
public final class PollingThread {

    private final String name;
    private final Duration pollInterval;
    private final Duration heartbeatInterval;
    private volatile ScheduledExecutorService thread;

    public PollingThread(String name, Duration pollInterval, Duration heartbeatInterval) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.heartbeatInterval = heartbeatInterval;
    }

    public void start(Runnable poll, Runnable heartbeat) {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread poller = new Thread(task, name);
            poller.setDaemon(true);
            return poller;
        });
        started.scheduleWithFixedDelay(poll, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        started.scheduleAtFixedRate(heartbeat, heartbeatInterval.toMillis(), heartbeatInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        thread = started;
    }

    public void stop() {
        ScheduledExecutorService stopping = thread;
        thread = null;
        if (stopping != null) {
            stopping.shutdownNow(); // a poll waiting for the database is interrupted, not waited for
        }
    }

    public boolean isRunning() {
        return thread != null;
    }
}
