package fi.tiekartta.platform.aggregate;

import fi.tiekartta.contracts.PendingEvent;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.outbox.OutboxEvent;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.platform.persistence.MongoPages;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static fi.tiekartta.platform.aggregate.RevisionHistory.HISTORY_ID;
import static fi.tiekartta.platform.aggregate.RevisionHistory.OUT_OF_TIME_ORDER;
import static fi.tiekartta.platform.aggregate.RevisionHistory.at;
import static fi.tiekartta.platform.aggregate.RevisionHistory.version;
import static fi.tiekartta.platform.outbox.OutboxCollection.PENDING_EVENTS;

/**
 * Keeps one kind of aggregate in one collection, each as a document
 * {@code {_id, version, state, createdBy, createdAt, lastChangedBy, lastChangedAt, revisions[], pendingEvents[]}}.
 * <p>
 * A change is a single conditional update on {@code _id} and the expected {@code version}: it replaces
 * the state, appends a revision (with the state after it, for "as of" reads) and appends the events the
 * change caused. Either all of that is written or, when someone changed the aggregate meanwhile, none
 * of it ({@link StaleVersionException}). Queries on state fields use the {@code state.} prefix.
 * <p>
 * The document does not keep its revisions: once written, the outbox relay moves them to the collection's
 * history ({@link RevisionHistory}, {@code <collection>_history}) as it publishes the events, so a document stays
 * the size of its state however often it changes. {@link #history} and {@link #findAsOf} read both places.
 * <p>
 * The store creates a unique index on {@code (_id, version)}: on MongoDB the {@code _id} index already serves the
 * conditional update, but mongo-java-server uses an index only for a query on exactly its keys, and would otherwise
 * read the whole collection for every change (see docs/mongodb-compatibility.md).
 *
 * @param <S> the state record; it must be mappable by Spring Data MongoDB
 */
public class AggregateStore<S> implements AggregateRepository<S> {

    public static final String STATE = "state";
    private static final String REVISIONS = RevisionHistory.REVISIONS;
    private static final String VERSION = "version";
    /** Serves the conditional update on mongo-java-server; see the class comment. */
    static final String ID_AND_VERSION_INDEX = "_id_version";

    private final MongoTemplate mongo;
    private final OutboxEvents outboxEvents;
    private final String collection;
    private final String what;
    private final Class<S> stateType;
    private final RevisionHistory history;

    /**
     * @param collection the MongoDB collection (declare an {@code OutboxCollection} for it too)
     * @param what       what the aggregate is called in messages, e.g. "Programme"
     */
    public AggregateStore(MongoTemplate mongo, OutboxEvents outboxEvents, String collection, String what, Class<S> stateType) {
        this.mongo = mongo;
        this.outboxEvents = outboxEvents;
        this.collection = collection;
        this.what = what;
        this.stateType = stateType;
        this.history = new RevisionHistory(mongo, collection);
        mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC).on(VERSION, Sort.Direction.ASC)
                .unique().named(ID_AND_VERSION_INDEX));
        outboxEvents.register(collection, history);
    }

    @Override
    public Versioned<S> create(String id, Decision<S> decision, String actor, Instant at) {
        S state = decision.state();
        List<PendingEvent<?>> events = decision.events();
        Document stateDocument = toDocument(state);
        Document aggregate = new Document("_id", id)
                .append("version", 0L)
                .append(STATE, stateDocument)
                .append("createdBy", actor).append("createdAt", Date.from(at))
                .append("lastChangedBy", actor).append("lastChangedAt", Date.from(at))
                .append(REVISIONS, List.of(revision(id, 0, actor, at, new Document(), stateDocument)))
                .append(PENDING_EVENTS, outbox(events, id, 0));
        mongo.insert(aggregate, collection);
        outboxEvents.written(collection, id);
        return new Versioned<>(id, 0, state, actor, at, actor, at);
    }

    /**
     * Checks the version before the domain's rules, so a client that has not seen the current state hears 412, not
     * a verdict on a state it never saw.
     */
    @Override
    public Versioned<S> update(String id, long expectedVersion, String actor, Instant at, Function<S, Decision<S>> decide) {
        Document current = load(id);
        long currentVersion = current.get(VERSION, Number.class).longValue();
        if (currentVersion != expectedVersion) {
            throw new StaleVersionException(what, id, expectedVersion, currentVersion);
        }
        Decision<S> decision = decide.apply(fromDocument(current.get(STATE, Document.class)));
        return write(current, expectedVersion, decision.state(), actor, at, decision.events());
    }

    /**
     * Replaces the state of version {@code expectedVersion} with {@code newState}. A change that
     * changes nothing is not recorded and answers the current version.
     */
    private Versioned<S> write(Document current, long expectedVersion, S newState, String actor, Instant at,
            List<PendingEvent<?>> events) {
        String id = current.getString("_id");
        Document before = current.get(STATE, Document.class);
        Document after = toDocument(newState);
        if (before.equals(after) && events.isEmpty()) {
            return toVersioned(current);
        }
        long version = expectedVersion + 1;
        Update update = new Update()
                .set(STATE, after)
                .set(VERSION, version)
                .set("lastChangedBy", actor).set("lastChangedAt", Date.from(at))
                .push(REVISIONS, revision(id, version, actor, at, before, after));
        if (at.isBefore(current.getDate("lastChangedAt").toInstant())) {
            update.set(OUT_OF_TIME_ORDER, true);
        }
        List<OutboxEvent> outbox = outbox(events, id, version);
        if (!outbox.isEmpty()) {
            update.push(PENDING_EVENTS).each(outbox.toArray());
        }
        Query sameVersion = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        if (mongo.updateFirst(sameVersion, update, collection).getMatchedCount() == 0) {
            long now = load(id).get(VERSION, Number.class).longValue();
            throw new StaleVersionException(what, id, expectedVersion, now);
        }
        outboxEvents.written(collection, id);
        return new Versioned<>(id, version, newState, current.getString("createdBy"),
                current.getDate("createdAt").toInstant(), actor, at);
    }

    @Override
    public Optional<Versioned<S>> find(String id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().exclude(REVISIONS).exclude(PENDING_EVENTS);
        return Optional.ofNullable(mongo.findOne(byId, Document.class, collection)).map(this::toVersioned);
    }

    @Override
    public Versioned<S> get(String id) {
        return find(id).orElseThrow(() -> new ResourceNotFoundException(what, id));
    }

    @Override
    public Versioned<S> get(String id, Instant asOf) {
        if (asOf == null) {
            return get(id);
        }
        return findAsOf(id, asOf).orElseThrow(() -> new ResourceNotFoundException(what, id + " as of " + asOf));
    }

    /**
     * The aggregate as it was at {@code instant}: the state after its last revision made at or before then; empty if
     * it did not exist yet (or at all). The newest revisions may still be in the document, the others are in the
     * history: the document's are looked at first, then the history's ({@link RevisionHistory#newestAtOrBefore}).
     */
    public Optional<Versioned<S>> findAsOf(String id, Instant instant) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().exclude(PENDING_EVENTS);
        Document aggregate = mongo.findOne(byId, Document.class, collection);
        if (aggregate == null) {
            return Optional.empty();
        }
        List<Document> inDocument = aggregate.getList(REVISIONS, Document.class, List.of());
        Document latest = null;
        for (Document revision : inDocument) {
            if (!at(revision).toInstant().isAfter(instant)) {
                latest = revision;
            }
        }
        if (latest == null) {
            Optional<Long> version = history.newestAtOrBefore(id, firstInDocument(aggregate, inDocument) - 1, instant,
                    Boolean.TRUE.equals(aggregate.get(OUT_OF_TIME_ORDER)));
            if (version.isEmpty()) {
                return Optional.empty();
            }
            latest = history.revision(id, version.get(), true).orElseThrow(() -> history.missing(id, version.get()));
        }
        return Optional.of(new Versioned<>(id, version(latest), fromDocument(latest.get(STATE, Document.class)),
                aggregate.getString("createdBy"), aggregate.getDate("createdAt").toInstant(), latest.getString("by"),
                at(latest).toInstant()));
    }

    @Override
    public List<Revision> history(String id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(REVISIONS).include(VERSION);
        Document aggregate = mongo.findOne(byId, Document.class, collection);
        if (aggregate == null) {
            throw new ResourceNotFoundException(what, id);
        }
        List<Document> inDocument = aggregate.getList(REVISIONS, Document.class, List.of());
        List<Document> moved = history.revisions(id, 0, firstInDocument(aggregate, inDocument) - 1, false);
        return Stream.concat(moved.stream(), inDocument.stream()).map(AggregateStore::toRevision).toList();
    }

    /**
     * The version of the oldest revision still in the document: all older ones are in the history. Revisions leave
     * the document oldest first and only once copied, so those left are always the newest.
     */
    private static long firstInDocument(Document aggregate, List<Document> inDocument) {
        return inDocument.isEmpty() ? aggregate.get(VERSION, Number.class).longValue() + 1 : version(inDocument.get(0));
    }

    @Override
    public Page<Versioned<S>> findAll(Pageable pageable) {
        return find(new Query().with(Sort.by("_id")), pageable);
    }

    /**
     * One page of the aggregates matching {@code filter} (on {@code state.}-prefixed fields): for the queries
     * of a context's port, written in its persistence package.
     */
    public Page<Versioned<S>> find(Query filter, Pageable pageable) {
        Query query = Query.of(filter);
        query.fields().exclude(REVISIONS).exclude(PENDING_EVENTS);
        return MongoPages.find(mongo, query, pageable, Document.class, collection).map(this::toVersioned);
    }

    private Document load(String id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().exclude(REVISIONS).exclude(PENDING_EVENTS);
        Document aggregate = mongo.findOne(byId, Document.class, collection);
        if (aggregate == null) {
            throw new ResourceNotFoundException(what, id);
        }
        return aggregate;
    }

    private List<OutboxEvent> outbox(List<PendingEvent<?>> events, String id, long version) {
        return events.stream().map(event -> toOutbox(event, id, version)).toList();
    }

    private <T> OutboxEvent toOutbox(PendingEvent<T> event, String id, long version) {
        return outboxEvents.create(event.contract(), id, version, event.occurredAt(), event.data());
    }

    private static Document revision(String id, long version, String actor, Instant at, Document before, Document after) {
        return new Document(HISTORY_ID, RevisionHistory.id(id, version))
                .append(VERSION, version).append("by", actor).append("at", Date.from(at))
                .append("changes", changes(before, after))
                .append(STATE, after);
    }

    /** Top-level fields whose stored value differs, in the order of the state's fields. */
    static List<Document> changes(Document before, Document after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<Document> changes = new ArrayList<>();
        for (String field : fields) {
            Object from = before.get(field);
            Object to = after.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new Document("field", field).append("from", from).append("to", to));
            }
        }
        return changes;
    }

    private static Revision toRevision(Document revision) {
        List<Revision.FieldChange> changes = revision.getList("changes", Document.class).stream()
                .map(change -> new Revision.FieldChange(change.getString("field"), change.get("from"), change.get("to")))
                .toList();
        return new Revision(revision.get("version", Number.class).longValue(), revision.getString("by"),
                revision.getDate("at").toInstant(), changes);
    }

    private Versioned<S> toVersioned(Document aggregate) {
        return new Versioned<>(aggregate.getString("_id"), aggregate.get("version", Number.class).longValue(),
                fromDocument(aggregate.get(STATE, Document.class)),
                aggregate.getString("createdBy"), aggregate.getDate("createdAt").toInstant(),
                aggregate.getString("lastChangedBy"), aggregate.getDate("lastChangedAt").toInstant());
    }

    /**
     * The state as MongoDB will store and return it: written by the converter, then passed through the
     * driver's codecs, so that values compare equal to what is read back (a LocalDate comes back as a
     * Date). Otherwise a change would see differences that are only differences of Java type.
     */
    private Document toDocument(S state) {
        Document document = new Document();
        converter().write(state, document);
        document.remove("_class"); // the collection says what it holds; a type hint would only clutter diffs
        CodecRegistry codecs = converter().getCodecRegistry();
        BsonDocument stored = document.toBsonDocument(Document.class, codecs);
        return codecs.get(Document.class).decode(stored.asBsonReader(), DecoderContext.builder().build());
    }

    private S fromDocument(Document document) {
        return converter().read(stateType, document);
    }

    private MongoConverter converter() {
        return mongo.getConverter();
    }
}
