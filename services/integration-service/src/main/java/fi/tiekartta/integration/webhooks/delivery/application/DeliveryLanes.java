package fi.tiekartta.integration.webhooks.delivery.application;

import fi.tiekartta.integration.webhooks.application.WebhookProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where attempts run: a bounded pool of threads, and at most one attempt in flight per subscription. A receiver that
 * hangs holds one thread until its response timeout, never the others: the rest of the pool keeps serving the other
 * subscriptions, and the Kafka listener never waits for any of them (it only queues).
 */
@Component
class DeliveryLanes implements DisposableBean {

    private final Semaphore free;
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool;

    DeliveryLanes(WebhookProperties properties) {
        int lanes = properties.delivery().lanes();
        this.free = new Semaphore(lanes);
        AtomicInteger number = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "webhook-lane-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(lanes, threads);
    }

    int freeLanes() {
        return free.availablePermits();
    }

    Set<String> busySubscriptions() {
        return Set.copyOf(busy);
    }

    boolean busy(String subscriptionId) {
        return busy.contains(subscriptionId);
    }

    /** Runs the attempt in the subscription's lane; false (and nothing run) when the lane or the pool is busy. */
    boolean start(String subscriptionId, Runnable attempt) {
        if (!busy.add(subscriptionId)) {
            return false;
        }
        if (!free.tryAcquire()) {
            busy.remove(subscriptionId);
            return false;
        }
        pool.execute(() -> {
            try {
                attempt.run();
            } finally {
                busy.remove(subscriptionId);
                free.release();
            }
        });
        return true;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
