package fi.tiekartta.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

import static fi.tiekartta.platform.messaging.EventAttributes.AGGREGATE_VERSION;

/**
 * Publishes pending events from aggregate documents to Kafka, then removes them from the documents.
 * <p>
 * <b>Where it looks.</b> A store tells the relay, right after a write, which aggregate it wrote
 * ({@link OutboxEvents#written}); the relay keeps those ids in a bounded queue per collection and wakes up. It never
 * asks the database "which documents have pending events?" in a way the server would answer by loading them all:
 * it fetches at most {@value CollectionPass#BATCH} documents at a time by {@code _id $in}, which even
 * mongo-java-server serves from its {@code _id} index. What the queue cannot know (events left by a crash, by a
 * replica that went away, a queue that overflowed in a burst) the safety-net scan finds: at start-up, every
 * {@code scanInterval} and whenever the queue overflowed, it asks for the ids only of up to
 * {@value #QUEUE_CAPACITY} documents with work left, with a limit and no sort, so that the server streams its
 * collection and stops at the limit.
 * <p>
 * <b>When it runs.</b> On its own thread: right after a write, after a scan, and again at once while work is left.
 * Each pass over a collection ({@link CollectionPass}) runs under a lock named after it ({@link OutboxLocks};
 * ShedLock where there is one), so replicas never publish the same collection at once; a replica that finds it taken
 * keeps its queue and tries again shortly. A pass lets go of the lock after {@code PASS_BUDGET}, so a busy replica
 * lets the others in. After a failure (Kafka or MongoDB down) it waits, twice as long each time up to 30 s.
 * <p>
 * <b>Delivery</b> is at least once: an event is removed only after Kafka acknowledged it, so a crash in between
 * publishes it again, and consumers de-duplicate (by event id or aggregate version). Events of one aggregate are
 * sent in the order they were recorded, keyed by aggregate id; a failure keeps that aggregate's event and all after
 * it pending.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Ids a collection's queue holds at most (about 1 MB); also the most a scan returns. */
    static final int QUEUE_CAPACITY = 20_000;
    static final int BATCH = CollectionPass.BATCH;
    private static final Duration PASS_BUDGET = Duration.ofSeconds(5);
    /** Longer than any pass: a replica that dies while publishing keeps the others waiting this long. */
    private static final Duration LOCK_AT_MOST_FOR = CollectionPass.longest(PASS_BUDGET).plusSeconds(60);
    private static final Duration LOCKED_ELSEWHERE_RETRY = Duration.ofMillis(100);
    private static final Duration FIRST_FAILURE_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_FAILURE_RETRY = Duration.ofSeconds(30);

    private final List<OutboxCollection> declared;
    private final OutboxEvents outboxEvents;
    private final OutboxLocks locks;
    private final Duration scanInterval;
    private final URI source;
    private final CollectionPass collectionPass;
    private final Map<String, PendingAggregates> pending = new ConcurrentHashMap<>();
    private final BiConsumer<String, String> onWritten = this::written;

    private final ReentrantLock passing = new ReentrantLock();
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();
    private volatile long noPassBefore = System.nanoTime();
    private volatile Duration failureRetry = FIRST_FAILURE_RETRY;
    private volatile ScheduledExecutorService executor;

    /**
     * @param locks        how replicas take turns ({@link ShedLockOutboxLocks}, or {@link OutboxLocks#inProcess()})
     * @param scanInterval how often the safety-net scan looks for work nobody told the relay about
     */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka, List<OutboxCollection> collections,
            String serviceName, OutboxEvents outboxEvents, OutboxLocks locks, Duration scanInterval) {
        this.declared = List.copyOf(collections);
        this.outboxEvents = outboxEvents;
        this.locks = locks;
        this.scanInterval = scanInterval;
        this.source = URI.create("/tiekartta/" + serviceName);
        this.collectionPass = new CollectionPass(mongo, outboxEvents, new EventBatchSender(kafka, this::toCloudEvent));
        // Listening from the start: a write before start() (start-up data) is queued rather than left to a scan.
        outboxEvents.onWritten(onWritten);
    }

    /** A store wrote {@code aggregateId} in {@code collection}: queue it and publish at once. */
    private void written(String collection, String aggregateId) {
        queueOf(collection).add(aggregateId);
        wake();
    }

    /**
     * The relay serves every collection whose store registered with {@link OutboxEvents} (every aggregate
     * collection: its events and its revisions must leave the document), and any declared {@link OutboxCollection}.
     * Nothing has to be declared twice, so no collection can be forgotten.
     */
    private List<OutboxCollection> collections() {
        Set<String> names = new TreeSet<>(outboxEvents.registeredCollections());
        declared.forEach(collection -> names.add(collection.name()));
        return names.stream().map(OutboxCollection::new).toList();
    }

    /** A collection's queue; a collection seen for the first time is scanned once for what it already holds. */
    private PendingAggregates queueOf(String collection) {
        return pending.computeIfAbsent(collection, name -> {
            PendingAggregates queue = new PendingAggregates(QUEUE_CAPACITY);
            queue.requestScan();
            return queue;
        });
    }

    /**
     * Publishes now, on the caller's thread, everything pending that one pass gets to (scanning each collection
     * first); answers how many events went out. For tests and tools: a running relay does this by itself.
     */
    public int publishPending() {
        collections().forEach(collection -> queueOf(collection.name()).requestScan());
        return pass().published();
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledThreadPoolExecutor relayThread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay-" + source.getPath().substring(source.getPath().lastIndexOf('/') + 1));
            thread.setDaemon(true);
            return thread;
        });
        // On stop, a scheduled retry or scan is dropped, not waited for.
        relayThread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor = relayThread;
        relayThread.scheduleWithFixedDelay(() -> {
            collections().forEach(collection -> queueOf(collection.name()).requestScan());
            wake();
        }, 0, scanInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = executor;
        if (stopping == null) {
            return;
        }
        executor = null;
        outboxEvents.removeWriteListener(onWritten);
        stopping.shutdown();
        try {
            // A pass in progress finishes its batch: what Kafka acknowledged is then also removed.
            if (!stopping.awaitTermination(CollectionPass.longest(PASS_BUDGET).toSeconds(), TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && passRequested.compareAndSet(false, true)) {
            try {
                running.execute(this::passInBackground);
            } catch (RuntimeException rejected) {
                passRequested.set(false); // stopping
            }
        }
    }

    private void wakeAfter(Duration delay) {
        ScheduledExecutorService running = executor;
        if (running != null && retryScheduled.compareAndSet(false, true)) {
            try {
                running.schedule(() -> {
                    retryScheduled.set(false);
                    wake();
                }, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException rejected) {
                retryScheduled.set(false);
            }
        }
    }

    private void passInBackground() {
        passRequested.set(false);
        if (System.nanoTime() - noPassBefore < 0) {
            return; // pausing after a failure; a retry is scheduled
        }
        PassResult pass;
        try {
            pass = pass();
        } catch (RuntimeException e) {
            log.warn("Outbox pass failed; will retry", e);
            pass = PassResult.failed(0);
        }
        if (pass.failed()) {
            Duration retry = failureRetry;
            Duration next = retry.multipliedBy(2);
            failureRetry = next.compareTo(LAST_FAILURE_RETRY) > 0 ? LAST_FAILURE_RETRY : next;
            noPassBefore = System.nanoTime() + retry.toNanos();
            wakeAfter(retry);
            return;
        }
        failureRetry = FIRST_FAILURE_RETRY;
        if (pass.workLeft()) {
            wake();
        } else if (pass.lockedElsewhere()) {
            wakeAfter(LOCKED_ELSEWHERE_RETRY);
        }
    }

    /** One pass over every collection, never two at once in this process. */
    private PassResult pass() {
        passing.lock();
        try {
            PassResult total = PassResult.NOTHING;
            for (OutboxCollection collection : collections()) {
                total = total.and(pass(collection));
            }
            return total;
        } finally {
            passing.unlock();
        }
    }

    private PassResult pass(OutboxCollection collection) {
        PendingAggregates queue = queueOf(collection.name());
        if (queue.isEmpty() && !queue.scanRequested()) {
            return PassResult.NOTHING;
        }
        return locks.runExclusively("outbox-" + collection.name(), LOCK_AT_MOST_FOR,
                () -> collectionPass.drain(collection, queue, PASS_BUDGET)).orElse(PassResult.LOCKED_ELSEWHERE);
    }

    CloudEvent toCloudEvent(OutboxEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create(event.dataSchema()))
                .withExtension(AGGREGATE_VERSION, event.aggregateVersion())
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** Events published since this relay was made: for tests and metrics. */
    long publishedTotal() {
        return collectionPass.publishedTotal();
    }

    /** The most documents one fetch has loaded: never more than {@value CollectionPass#BATCH}. */
    int largestFetch() {
        return collectionPass.largestFetch();
    }
}
