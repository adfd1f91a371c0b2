package fi.tiekartta.platform.aggregate;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import fi.tiekartta.platform.outbox.RelayStep;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The history of one aggregate collection: the collection {@code <aggregates>_history}, one document per revision
 * {@code {_id: "<aggregate id>:<version, 10 digits>", aggregateId, version, by, at, changes, state}}, written once
 * and never changed.
 * <p>
 * A change writes its revision into the aggregate's own document (atomically with the state and the events); the
 * outbox relay then moves it here ({@link RelayStep}): it copies the revisions of a batch of documents with one
 * insert, skipping copies that exist, and only then removes them from the documents, by their {@code historyId},
 * in the relay's one write for the batch. A crash between copy and removal leaves a revision in both places, which
 * readers tolerate and the next move completes; a repeated move writes nothing twice. The revisions in a document
 * are therefore always its newest ones, and every older one is here.
 * <p>
 * Reads address revisions by {@code _id} only ({@code $in} or one id), which every MongoDB-wire server answers from
 * its {@code _id} index: mongo-java-server serves no other query on this collection without reading all of it.
 */
final class RevisionHistory implements RelayStep {

    static final String REVISIONS = "revisions";
    /** The {@code _id} a revision has, or will have, in the history collection. */
    static final String HISTORY_ID = "historyId";
    /**
     * Set on an aggregate document once any revision is older than the one before it (the clock went back): "as of"
     * reads then cannot search the history by halves and read it all instead.
     */
    static final String OUT_OF_TIME_ORDER = "revisionsOutOfTimeOrder";
    private static final String DUPLICATE_KEY = "11000";
    private static final int IDS_PER_QUERY = 500;

    private final MongoTemplate mongo;
    private final String collection;

    RevisionHistory(MongoTemplate mongo, String aggregateCollection) {
        this.mongo = mongo;
        this.collection = aggregateCollection + "_history";
    }

    String collection() {
        return collection;
    }

    static String id(String aggregateId, long version) {
        return aggregateId + ":" + String.format("%010d", version);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The revisions {@code from}..{@code to} (inclusive) that have been moved here, oldest first. */
    List<Document> revisions(String aggregateId, long from, long to, boolean withState) {
        List<Document> found = new ArrayList<>();
        for (long start = from; start <= to; start += IDS_PER_QUERY) {
            List<String> ids = new ArrayList<>();
            for (long version = start; version <= Math.min(to, start + IDS_PER_QUERY - 1); version++) {
                ids.add(id(aggregateId, version));
            }
            found.addAll(find(Query.query(Criteria.where("_id").in(ids)), withState));
        }
        found.sort(Comparator.comparingLong(RevisionHistory::version));
        return found;
    }

    Optional<Document> revision(String aggregateId, long version, boolean withState) {
        return find(Query.query(Criteria.where("_id").is(id(aggregateId, version))), withState).stream().findFirst();
    }

    private List<Document> find(Query query, boolean withState) {
        if (!withState) {
            query.fields().exclude(AggregateStore.STATE);
        }
        return mongo.find(query, Document.class, collection);
    }

    /**
     * The newest of versions 0..{@code newest} (all moved here) made at or before {@code instant}. Revisions' times
     * normally only grow, and then a search by halves answers with a dozen point lookups for thousands of revisions;
     * if the clock ever went back for this aggregate, the history is read newest first instead.
     */
    Optional<Long> newestAtOrBefore(String aggregateId, long newest, Instant instant, boolean outOfTimeOrder) {
        return outOfTimeOrder ? newestAtOrBeforeReadingBack(aggregateId, newest, instant)
                : newestAtOrBeforeByHalves(aggregateId, newest, instant);
    }

    private Optional<Long> newestAtOrBeforeByHalves(String aggregateId, long newest, Instant instant) {
        long low = 0;
        long high = newest;
        Long found = null;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            Document revision = revision(aggregateId, middle, false).orElseThrow(() -> missing(aggregateId, middle));
            if (at(revision).toInstant().isAfter(instant)) {
                high = middle - 1;
            } else {
                found = middle;
                low = middle + 1;
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<Long> newestAtOrBeforeReadingBack(String aggregateId, long newest, Instant instant) {
        for (long high = newest; high >= 0; high -= IDS_PER_QUERY) {
            List<Document> revisions = revisions(aggregateId, Math.max(0, high - IDS_PER_QUERY + 1), high, false);
            for (int i = revisions.size() - 1; i >= 0; i--) {
                if (!at(revisions.get(i)).toInstant().isAfter(instant)) {
                    return Optional.of(version(revisions.get(i)));
                }
            }
        }
        return Optional.empty();
    }

    IllegalStateException missing(String aggregateId, long version) {
        return new IllegalStateException(aggregateId + " lacks revision " + version + " in " + collection);
    }

    static long version(Document revision) {
        return revision.get("version", Number.class).longValue();
    }

    static Date at(Document revision) {
        return revision.getDate("at");
    }

    // ------------------------------------------------------------------------------------------------ moving

    @Override
    public List<String> fields() {
        return List.of(REVISIONS, OUT_OF_TIME_ORDER);
    }

    @Override
    public Criteria workLeft() {
        return Criteria.where(REVISIONS + ".0").exists(true);
    }

    @Override
    public void beforeRemoval(String aggregateCollection, List<Document> documents, Update removal) {
        List<Document> copies = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<Document> withoutHistoryIds = new ArrayList<>();
        for (Document aggregate : documents) {
            String aggregateId = String.valueOf(aggregate.get("_id"));
            List<Document> revisions = aggregate.getList(REVISIONS, Document.class, List.of());
            boolean storedWithoutHistoryIds = false;
            for (Document revision : revisions) {
                String historyId = revision.getString(HISTORY_ID);
                copies.add(copy(aggregateId, revision, historyId != null ? historyId : id(aggregateId, version(revision))));
                if (historyId != null) {
                    moved.add(historyId);
                } else {
                    storedWithoutHistoryIds = true;
                }
            }
            if (storedWithoutHistoryIds) {
                withoutHistoryIds.add(aggregate);
            }
            if (!Boolean.TRUE.equals(aggregate.get(OUT_OF_TIME_ORDER)) && outOfTimeOrder(revisions)) {
                mongo.updateFirst(byId(aggregate), new Update().set(OUT_OF_TIME_ORDER, true), aggregateCollection);
            }
        }
        if (copies.isEmpty()) {
            return;
        }
        insertMissing(copies);
        if (!moved.isEmpty()) {
            removal.pull(REVISIONS, new Document(HISTORY_ID, new Document("$in", moved)));
        }
        // Revisions stored before they had history ids: removed from their own document, up to the newest copied.
        for (Document aggregate : withoutHistoryIds) {
            long newest = aggregate.getList(REVISIONS, Document.class).stream().mapToLong(RevisionHistory::version).max().orElseThrow();
            mongo.updateFirst(byId(aggregate), new Update().pull(REVISIONS,
                    new Document("version", new Document("$lte", newest))), aggregateCollection);
        }
    }

    private static Query byId(Document aggregate) {
        return Query.query(Criteria.where("_id").is(aggregate.get("_id")));
    }

    private static boolean outOfTimeOrder(List<Document> revisions) {
        for (int i = 1; i < revisions.size(); i++) {
            if (at(revisions.get(i)).before(at(revisions.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Document copy(String aggregateId, Document revision, String historyId) {
        return new Document("_id", historyId)
                .append("aggregateId", aggregateId)
                .append("version", version(revision))
                .append("by", revision.get("by"))
                .append("at", revision.get("at"))
                .append("changes", revision.get("changes"))
                .append(AggregateStore.STATE, revision.get(AggregateStore.STATE));
    }

    /** One unordered insert; a copy that exists already (an earlier, interrupted move) is left as it is. */
    private void insertMissing(List<Document> copies) {
        try {
            mongo.getCollection(collection).insertMany(copies, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<BulkWriteError> others = e.getWriteErrors().stream()
                    .filter(error -> !String.valueOf(error.getCode()).equals(DUPLICATE_KEY)).toList();
            if (!others.isEmpty() || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }
}
