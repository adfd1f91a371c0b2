package fi.tiekartta.platform.outbox;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static fi.tiekartta.platform.outbox.OutboxCollection.PENDING_EVENTS;

/**
 * What one pass of the relay does on one collection, holding its lock: take the queued ids in batches of
 * {@value #BATCH}; fetch the batch by {@code _id $in}; send its events and wait once; let the collection's
 * {@link RelayStep} do its work; remove what was published and moved with one write for the batch. When the queue
 * is empty and a scan was asked for, fill it by scanning first. Stops when the queue is empty, when a batch failed,
 * or when its time is up.
 */
final class CollectionPass {

    private static final Logger log = LoggerFactory.getLogger(CollectionPass.class);

    /** Aggregate documents fetched, and cleaned with one write, at a time. */
    static final int BATCH = 100;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final OutboxEvents outboxEvents;
    private final EventBatchSender sender;
    private final AtomicLong publishedTotal = new AtomicLong();
    private final AtomicInteger largestFetch = new AtomicInteger();

    CollectionPass(MongoTemplate mongo, OutboxEvents outboxEvents, EventBatchSender sender) {
        this.mongo = mongo;
        this.outboxEvents = outboxEvents;
        this.sender = sender;
    }

    /** The most a pass may take: a batch's sends may still be waited for after it. */
    static Duration longest(Duration budget) {
        return budget.plus(SEND_TIMEOUT);
    }

    PassResult drain(OutboxCollection collection, PendingAggregates queue, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        int published = 0;
        while (System.nanoTime() - deadline < 0) {
            if (queue.isEmpty()) {
                if (!queue.takeScanRequest()) {
                    return PassResult.done(published);
                }
                try {
                    scan(collection, queue);
                } catch (RuntimeException e) {
                    queue.requestScan();
                    log.warn("Could not scan {} for pending events; will retry: {}", collection.name(), e.toString());
                    return PassResult.failed(published);
                }
                if (queue.isEmpty()) {
                    return PassResult.done(published);
                }
            }
            List<String> ids = queue.take(BATCH);
            Batch batch;
            try {
                batch = publishBatch(collection, ids);
            } catch (RuntimeException e) {
                // What was published and not yet removed goes out again: at least once.
                queue.putBack(ids);
                log.warn("Could not publish from {}; will retry: {}", collection.name(), e.toString());
                return PassResult.failed(published);
            }
            published += batch.published();
            if (!batch.failed().isEmpty()) {
                queue.putBack(batch.failed());
                return PassResult.failed(published);
            }
        }
        return PassResult.workLeft(published);
    }

    /**
     * Fills the queue with the ids of documents that have work left: ids only, with a limit and no sort, so that the
     * server streams the collection and stops at the limit. A full answer means there may be more: scan again once
     * these are done.
     */
    private void scan(OutboxCollection collection, PendingAggregates queue) {
        int limit = queue.room();
        if (limit == 0) {
            queue.requestScan();
            return;
        }
        List<Criteria> work = new ArrayList<>();
        work.add(Criteria.where(PENDING_EVENTS + ".0").exists(true));
        outboxEvents.stepFor(collection.name()).ifPresent(step -> work.add(step.workLeft()));
        Query withWork = Query.query(work.size() == 1 ? work.get(0) : new Criteria().orOperator(work)).limit(limit);
        withWork.fields().include("_id");
        List<String> ids = mongo.find(withWork, Document.class, collection.name()).stream()
                .map(document -> String.valueOf(document.get("_id"))).toList();
        queue.addAll(ids);
        if (ids.size() >= limit) {
            queue.requestScan();
        }
    }

    /** Publishes the events of one batch of aggregates and removes them, with the step's work, in one write. */
    private Batch publishBatch(OutboxCollection collection, List<String> ids) {
        Optional<RelayStep> step = outboxEvents.stepFor(collection.name());
        Query byIds = Query.query(Criteria.where("_id").in(ids));
        byIds.fields().include(PENDING_EVENTS);
        step.ifPresent(s -> s.fields().forEach(byIds.fields()::include));
        List<Document> documents = mongo.find(byIds, Document.class, collection.name());
        largestFetch.accumulateAndGet(documents.size(), Math::max);
        if (documents.isEmpty()) {
            return new Batch(0, List.of());
        }

        Map<String, List<OutboxEvent>> events = new LinkedHashMap<>();
        for (Document document : documents) {
            events.put(String.valueOf(document.get("_id")), document.getList(PENDING_EVENTS, Document.class, List.of())
                    .stream().map(event -> mongo.getConverter().read(OutboxEvent.class, event)).toList());
        }
        Map<String, List<OutboxEvent>> acknowledged = sender.send(events, SEND_TIMEOUT);
        List<String> failed = events.keySet().stream()
                .filter(id -> acknowledged.get(id).size() < events.get(id).size()).toList();
        List<String> publishedIds = acknowledged.values().stream().flatMap(List::stream).map(OutboxEvent::eventId).toList();

        Update removal = new Update();
        if (!publishedIds.isEmpty()) {
            removal.pull(PENDING_EVENTS, new Document("eventId", new Document("$in", publishedIds)));
        }
        step.ifPresent(s -> doStep(s, collection, documents, removal));
        if (!removal.getUpdateObject().isEmpty()) {
            List<Object> documentIds = documents.stream().map(document -> document.get("_id")).toList();
            mongo.updateMulti(Query.query(Criteria.where("_id").in(documentIds)), removal, collection.name());
        }
        publishedTotal.addAndGet(publishedIds.size());
        return new Batch(publishedIds.size(), failed);
    }

    private static void doStep(RelayStep step, OutboxCollection collection, List<Document> documents, Update removal) {
        try {
            step.beforeRemoval(collection.name(), documents, removal);
        } catch (RuntimeException e) {
            // The published events are still removed; the step's work is found again by the next scan.
            log.warn("Relay step on {} failed; will retry: {}", collection.name(), e.toString());
        }
    }

    long publishedTotal() {
        return publishedTotal.get();
    }

    int largestFetch() {
        return largestFetch.get();
    }

    private record Batch(int published, List<String> failed) {
    }
}
