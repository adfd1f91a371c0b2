package fi.tiekartta.platform.sse;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that write events to the streams, so that the poller never waits for a slow client: each stream
 * drains its own queue on one of these, one drain at a time per stream. (Not an {@code Executor} bean, which would
 * displace Spring Boot's application task executor.)
 */
public final class SseSenders implements AutoCloseable {

    private final ExecutorService threads;

    /**
     * @param threadName what the threads are called, followed by their number (e.g. {@code live-stream-1})
     * @param count      at most this many threads; idle ones end after a minute
     */
    public SseSenders(String threadName, int count) {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(count, count, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, threadName + "-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.threads = pool;
    }

    public Executor executor() {
        return threads;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
