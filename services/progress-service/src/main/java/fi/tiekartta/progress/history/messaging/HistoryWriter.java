package fi.tiekartta.progress.history.messaging;

import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.progress.history.StateHistory;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends the state a projection's event produced to {@code <collection>_history} ({@link StateHistory}). Called in
 * the same handler right after {@link EventProjection#upsertIfNewer}, whatever it answered: the state is written when
 * the document reflects exactly this event ({@code lastEventId}), so a redelivery after a crash between the two writes
 * still records it, while a duplicate or older event (the document reflects another event) writes nothing, and a
 * state written twice is the same entry ({@code _id} {@code <aggregate id>/<version>}).
 */
public final class HistoryWriter {

    private static final Set<String> INDEXED = ConcurrentHashMap.newKeySet();

    private HistoryWriter() {
    }

    /**
     * @param validFrom when the state began to hold; null means the event's time
     * @return whether a state was written
     */
    public static boolean append(MongoTemplate mongo, String collection, String documentId, ConsumedEvent<?> event,
            Instant validFrom) {
        Document current = mongo.findById(documentId, Document.class, collection);
        if (current == null || !event.id().equals(current.getString(EventProjection.LAST_EVENT_ID))) {
            return false;
        }
        String history = StateHistory.of(collection);
        index(mongo, history);
        Instant from = validFrom != null ? validFrom : event.time();
        Document state = new Document(current);
        state.remove("_id");
        state.put("_id", documentId + "/" + event.aggregateVersion());
        state.put(StateHistory.AGGREGATE_ID, documentId);
        state.put(StateHistory.VALID_FROM, Date.from(from != null ? from : Instant.EPOCH));
        mongo.save(state, history);
        return true;
    }

    /** Creates an index on the history of {@code collection} (besides aggregate id and valid-from, which it always has). */
    public static void index(MongoTemplate mongo, String collection, String... keys) {
        String history = StateHistory.of(collection);
        index(mongo, history);
        Index index = new Index();
        for (String key : keys) {
            index.on(key, Sort.Direction.ASC);
        }
        mongo.indexOps(history).createIndex(index);
    }

    private static void index(MongoTemplate mongo, String history) {
        if (INDEXED.add(mongo.getDb().getName() + "/" + history)) {
            mongo.indexOps(history).createIndex(new Index().on(StateHistory.AGGREGATE_ID, Sort.Direction.ASC)
                    .on(StateHistory.VALID_FROM, Sort.Direction.ASC));
        }
    }
}
