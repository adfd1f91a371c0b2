package fi.tiekartta.progress.history.persistence;

import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.progress.history.StateHistory;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the states of documents valid at a time from {@code <collection>_history} ({@link StateHistory}): one query
 * on the history by the keys given (an indexed key of the view) and {@code validFrom ≤ at}, then, per aggregate, the
 * latest state (by valid-from, then version). Each state is given back in the shape of the current document
 * ({@code _id} the aggregate's id), so the views read it as they read the current one. The query reads the states of
 * the aggregates asked for up to that time: it grows with how often they changed, not with the number of other
 * events.
 */
public final class HistoryReader {

    private static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document state) -> state.getDate(StateHistory.VALID_FROM))
            .thenComparing(state -> version(state)).reversed();

    private HistoryReader() {
    }

    /** The states valid at {@code at} of the documents of {@code collection} that match {@code criteria} then. */
    public static List<Document> asOf(MongoTemplate mongo, String collection, Criteria criteria, Instant at) {
        Query query = Query.query(new Criteria().andOperator(criteria, Criteria.where(StateHistory.VALID_FROM).lte(Date.from(at))));
        List<Document> states = new ArrayList<>(mongo.find(query, Document.class, StateHistory.of(collection)));
        states.sort(NEWEST_FIRST);
        Map<String, Document> latest = new LinkedHashMap<>();
        for (Document state : states) {
            latest.putIfAbsent(state.getString(StateHistory.AGGREGATE_ID), state);
        }
        return latest.values().stream().map(HistoryReader::asDocument).toList();
    }

    /**
     * The states valid at {@code at} of the documents of {@code collection} with these ids; the criteria select by
     * aggregate id, so a document whose indexed keys changed over time is still found.
     */
    public static List<Document> asOfByIds(MongoTemplate mongo, String collection, java.util.Collection<String> ids, Instant at) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return asOf(mongo, collection, Criteria.where(StateHistory.AGGREGATE_ID).in(ids), at);
    }

    /** Whether any document of {@code collection} matching {@code criteria} had a state by {@code at}. */
    public static boolean anyBy(MongoTemplate mongo, String collection, Criteria criteria, Instant at) {
        return mongo.exists(Query.query(new Criteria().andOperator(criteria,
                Criteria.where(StateHistory.VALID_FROM).lte(Date.from(at)))), StateHistory.of(collection));
    }

    private static Document asDocument(Document state) {
        Document document = new Document(state);
        document.put("_id", state.getString(StateHistory.AGGREGATE_ID));
        document.remove(StateHistory.AGGREGATE_ID);
        document.remove(StateHistory.VALID_FROM);
        return document;
    }

    private static long version(Document state) {
        Number version = state.get(EventProjection.AGGREGATE_VERSION, Number.class);
        return version == null ? -1 : version.longValue();
    }
}
