package fi.tiekartta.platform.projection;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.platform.messaging.EventAttributes;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.messaging.EventSchemas;
import fi.tiekartta.platform.messaging.InvalidEventException;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way a service consumes events: a listener declares which contracts it handles and what each does,
 * and hands every record it receives to {@link #project}. Events of other types are ignored (a topic carries
 * several). Handlers stay idempotent by one of two means, both offered here:
 * <ul>
 *   <li>{@link #upsertIfNewer}: a document that mirrors an aggregate is changed only by an event newer than
 *       the one it reflects ({@code aggregateVersion}), which also records the event's id
 *       ({@code lastEventId}); an older or repeated event matches nothing and changes nothing;</li>
 *   <li>{@link #once}: work that is not a document update (applying an accepted import to aggregates) runs
 *       once per event id; the id is recorded after the work succeeded, so a crash in between repeats work
 *       that must itself tolerate being repeated.</li>
 * </ul>
 * An event of a handled type is checked before its handler sees it: it must carry data that is valid JSON and
 * validates against its type's published schema, and an {@code aggregateversion}. One that does not is poison:
 * {@link #project} throws {@link InvalidEventException} and applies nothing, and the platform's consumer error
 * handler sends the record to the topic's dead-letter topic without retrying it. Each handled type's schema is
 * compiled once, when the type is registered.
 */
public final class EventProjection {

    /** The fields a projected document carries besides its own. */
    public static final String AGGREGATE_VERSION = "aggregateVersion";
    public static final String LAST_EVENT_ID = "lastEventId";
    private static final String PROCESSED_EVENTS = "processed_events";
    private static final Logger log = LoggerFactory.getLogger(EventProjection.class);

    /** What a listener does with one type of event. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(ConsumedEvent<T> event);
    }

    private final MongoTemplate mongo;
    private final EventJson eventJson;
    private final String consumer;
    private final Map<String, Registered<?>> handlers = new LinkedHashMap<>();
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    private record Registered<T>(EventContract<T> contract, Handler<? super T> handler) {
        void dispatch(CloudEvent event, EventJson json) {
            T data = json.read(event, contract); // checked against the schema first
            long version = EventAttributes.aggregateVersion(event);
            handler.handle(new ConsumedEvent<>(event.getId(), event.getType(), event.getSubject(), version,
                    event.getTime() == null ? null : event.getTime().toInstant(), data));
        }
    }

    /** @param consumer who consumes, e.g. {@code milestone-service.parents}: names the record of processed events */
    public EventProjection(MongoTemplate mongo, EventJson eventJson, String consumer) {
        this.mongo = mongo;
        this.eventJson = eventJson;
        this.consumer = consumer;
    }

    /** Handles events of this contract. */
    public <T> EventProjection on(EventContract<T> contract, Handler<? super T> handler) {
        EventSchemas.compile(contract);
        handlers.put(contract.type(), new Registered<>(contract, handler));
        return this;
    }

    /** Handles events of each of these contracts, which share a data record, alike. */
    public <T> EventProjection on(Collection<EventContract<T>> contracts, Handler<? super T> handler) {
        contracts.forEach(contract -> on(contract, handler));
        return this;
    }

    /**
     * Dispatches a consumed record to its handler; answers false for a type this projection does not handle.
     *
     * @throws InvalidEventException when the event is of a handled type but can never be applied (see above);
     *                               nothing has been applied then
     */
    public boolean project(CloudEvent event) {
        Registered<?> registered = handlers.get(event.getType());
        if (registered == null) {
            return false;
        }
        registered.dispatch(event, eventJson);
        return true;
    }

    /**
     * Applies {@code update} to the document {@code documentId} of {@code collection}, creating it if needed, only
     * when the event is newer than what the document reflects (a document without a version, written before
     * projections recorded one, counts as older); records the event's version and id with it. Answers whether it
     * was applied.
     * <p>
     * Read, then write on the version read: every query is an equality on {@code _id}, or on {@code _id} and
     * {@code aggregateVersion} together, which a unique index serves, so mongo-java-server does not read the whole
     * collection for each event. A write that finds the document changed meanwhile reads it again.
     */
    public boolean upsertIfNewer(String collection, String documentId, ConsumedEvent<?> event, Update update) {
        ensureVersionIndex(collection);
        update.set(AGGREGATE_VERSION, event.aggregateVersion()).set(LAST_EVENT_ID, event.id());
        for (int attempt = 0; attempt < 3; attempt++) {
            Query byId = Query.query(Criteria.where("_id").is(documentId));
            byId.fields().include(AGGREGATE_VERSION);
            Document current = mongo.findOne(byId, Document.class, collection);
            Number stored = current == null ? null : current.get(AGGREGATE_VERSION, Number.class);
            if (stored != null && stored.longValue() >= event.aggregateVersion()) {
                log.debug("{} {} already reflects version {} or later", collection, documentId, event.aggregateVersion());
                return false;
            }
            try {
                if (current == null) {
                    // Inserts; matches only a document that a concurrent consumer stored at this very version.
                    mongo.upsert(atVersion(documentId, event.aggregateVersion()), update, collection);
                    return true;
                }
                Query unchanged = stored == null
                        ? Query.query(Criteria.where("_id").is(documentId).and(AGGREGATE_VERSION).exists(false))
                        : atVersion(documentId, stored.longValue());
                if (mongo.updateFirst(unchanged, update, collection).getMatchedCount() == 1) {
                    return true;
                }
            } catch (DuplicateKeyException insertedMeanwhile) {
                log.debug("{} {} was stored meanwhile; reading it again", collection, documentId);
            }
        }
        throw new IllegalStateException(collection + " " + documentId + " kept changing while event " + event.id()
                + " was applied; it will be delivered again");
    }

    private static Query atVersion(String documentId, long version) {
        return Query.query(Criteria.where("_id").is(documentId).and(AGGREGATE_VERSION).is(version));
    }

    private void ensureVersionIndex(String collection) {
        if (indexed.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on(AGGREGATE_VERSION, Sort.Direction.ASC).unique());
        }
    }

    /** Runs {@code work} unless this consumer has processed the event already; answers whether it ran. */
    public boolean once(ConsumedEvent<?> event, Runnable work) {
        String key = consumer + "/" + event.id();
        // findById, not exists(): exists() counts, which the local MongoDB-wire server answers by reading the whole
        // collection, so every event would cost more than the last.
        if (mongo.findById(key, Document.class, PROCESSED_EVENTS) != null) {
            log.debug("{} processed event {} already", consumer, event.id());
            return false;
        }
        work.run();
        mongo.save(new Document("_id", key).append("type", event.type())
                .append("processedAt", Date.from(Instant.now())), PROCESSED_EVENTS);
        return true;
    }
}
