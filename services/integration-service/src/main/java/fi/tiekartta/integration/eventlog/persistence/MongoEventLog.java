package fi.tiekartta.integration.eventlog.persistence;

import fi.tiekartta.integration.eventlog.EventLog;
import fi.tiekartta.integration.eventlog.LogSlot;
import fi.tiekartta.integration.eventlog.LoggedEvent;
import fi.tiekartta.integration.events.PublicEvent;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * The log in three collections, every read by {@code _id} (the one kind of query mongo-java-server serves from an
 * index; it ignores non-unique secondary indexes):
 * <ul>
 *   <li>{@code event_log}: one document per position, {@code _id} = the position; the event's attributes, its data as
 *       the JSON text it came as (so it is sent on byte for byte, numbers and all), and {@code recordedAt}. A skipped
 *       position is {@code {_id, skipped: true}}.</li>
 *   <li>{@code event_log_ids}: one document per event, {@code _id} = its CloudEvents id, naming its position: what
 *       makes appending idempotent.</li>
 *   <li>{@code event_log_sequence}: the counter ({@code _id: "position"}), taken with one atomic {@code findAndModify}
 *       by every instance, and the first position retention kept ({@code _id: "first-kept"}).</li>
 * </ul>
 * Appending is three writes: count a position, claim the event's id for it, write the event there. A crash between
 * them leaves a position counted but not written, a hole that must not hold readers back for ever:
 * <ul>
 *   <li>Crash after counting, before claiming: the event was not committed in Kafka, so it is delivered again and
 *       appended at a new position. The readers wait for the hole a few seconds and {@link #giveUp give it up}.</li>
 *   <li>Crash after claiming, before writing: the redelivery finds its claim and writes the event at the claimed
 *       position if that is still open (readers waiting there get it, late but in order), or, if the readers gave it
 *       up meanwhile, at a new position, moving the claim.</li>
 *   <li>A writer that is merely slow (a long pause) races the readers for the position: whichever writes
 *       {@code _id} = position first wins. Readers give up a position by inserting the skipped marker, so either the
 *       event is there for every reader or the position is empty for every reader and the writer moves on.</li>
 * </ul>
 */
@Repository
class MongoEventLog implements EventLog {

    static final String LOG = "event_log";
    static final String IDS = "event_log_ids";
    static final String SEQUENCE = "event_log_sequence";
    private static final String COUNTER = "position";
    private static final String FIRST_KEPT = "first-kept";
    private static final String SKIPPED = "skipped";
    private static final int MAX_MOVES = 5;
    private static final Logger log = LoggerFactory.getLogger(MongoEventLog.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoEventLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Appended append(PublicEvent event) {
        Document claim = mongo.findById(event.id(), Document.class, IDS);
        if (claim == null) {
            long position = nextPosition();
            try {
                mongo.insert(new Document("_id", event.id()).append("position", position).append("recordedAt", now()), IDS);
            } catch (DuplicateKeyException claimedMeanwhile) { // the same event, delivered to two consumers at once
                giveUp(position); // counted for nothing: settle it now rather than make the readers wait
                return append(event);
            }
            return writeAt(position, event);
        }
        long claimed = claim.get("position", Number.class).longValue();
        return writeAt(claimed, event);
    }

    /** Writes the event at its claimed position or, when that was given up, at a new one it claims instead. */
    private Appended writeAt(long claimed, PublicEvent event) {
        long position = claimed;
        for (int move = 0; move < MAX_MOVES; move++) {
            Document there = mongo.findById(position, Document.class, LOG);
            if (there == null) {
                try {
                    mongo.insert(entry(position, event), LOG);
                    return new Appended(position, false);
                } catch (DuplicateKeyException settledMeanwhile) {
                    there = mongo.findById(position, Document.class, LOG);
                }
            }
            if (there != null && event.id().equals(there.getString("eventId"))) {
                return new Appended(position, true);
            }
            // given up by the readers (or, should a claim ever point at another event's position, taken): move on
            long next = nextPosition();
            log.info("Event log position {} was given up before event {} was written there; it goes to {}", position,
                    event.id(), next);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(event.id()).and("position").is(position)),
                    new Update().set("position", next), IDS);
            position = next;
        }
        throw new IllegalStateException("Event " + event.id() + " found its position given up " + MAX_MOVES
                + " times; it will be delivered again");
    }

    @Override
    public long lastPosition() {
        return counter(COUNTER, 0);
    }

    @Override
    public long firstKeptPosition() {
        return counter(FIRST_KEPT, 1);
    }

    @Override
    public List<LogSlot> slotsBetween(long from, long to) {
        if (to < from) {
            return List.of();
        }
        if (to - from + 1 > MAX_POSITIONS) {
            throw new IllegalArgumentException("At most " + MAX_POSITIONS + " positions at once, not " + (to - from + 1));
        }
        List<Long> positions = LongStream.rangeClosed(from, to).boxed().toList();
        List<LogSlot> slots = new ArrayList<>();
        for (Document stored : mongo.find(Query.query(Criteria.where("_id").in(positions)), Document.class, LOG)) {
            slots.add(slot(stored));
        }
        slots.sort(Comparator.comparingLong(LogSlot::position));
        return slots;
    }

    @Override
    public LogSlot giveUp(long position) {
        try {
            mongo.insert(new Document("_id", position).append(SKIPPED, true).append("recordedAt", now()), LOG);
            return LogSlot.skipped(position);
        } catch (DuplicateKeyException writtenMeanwhile) {
            return slot(Objects.requireNonNull(mongo.findById(position, Document.class, LOG)));
        }
    }

    @Override
    public long removeAppendedBefore(Instant cutoff) {
        long removed = 0;
        long first = firstKeptPosition();
        long last = lastPosition();
        while (first <= last) {
            long to = Math.min(last, first + MAX_POSITIONS - 1);
            List<Document> found = mongo.find(Query.query(Criteria.where("_id").in(LongStream.rangeClosed(first, to)
                    .boxed().toList())), Document.class, LOG);
            found.sort(Comparator.comparingLong(stored -> stored.get("_id", Number.class).longValue()));
            List<Long> positions = new ArrayList<>();
            List<String> eventIds = new ArrayList<>();
            long expected = first;
            for (Document stored : found) {
                long position = stored.get("_id", Number.class).longValue();
                Date recordedAt = stored.getDate("recordedAt");
                // positions go in order: stop at the first not written yet (the readers settle it soon) or still young
                if (position != expected || recordedAt == null || !recordedAt.toInstant().isBefore(cutoff)) {
                    break;
                }
                positions.add(position);
                if (stored.getString("eventId") != null) {
                    eventIds.add(stored.getString("eventId"));
                }
                expected++;
            }
            if (positions.isEmpty()) {
                break;
            }
            // first-kept moves first: a reader never looks for a position that is about to go
            mongo.upsert(Query.query(Criteria.where("_id").is(FIRST_KEPT)), new Update().max("value", expected), SEQUENCE);
            mongo.remove(Query.query(Criteria.where("_id").in(positions)), LOG);
            mongo.remove(Query.query(Criteria.where("_id").in(eventIds)), IDS);
            removed += positions.size();
            if (expected <= to) {
                break;
            }
            first = expected;
        }
        return removed;
    }

    private long nextPosition() {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(COUNTER)), new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SEQUENCE);
        return Objects.requireNonNull(counter).get("value", Number.class).longValue();
    }

    private long counter(String name, long none) {
        Document counter = mongo.findById(name, Document.class, SEQUENCE);
        return counter == null ? none : counter.get("value", Number.class).longValue();
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private Document entry(long position, PublicEvent event) {
        return new Document("_id", position)
                .append("eventId", event.id())
                .append("type", event.type())
                .append("source", event.source())
                .append("subject", event.subject())
                .append("time", event.time() == null ? null : event.time().toString()) // text: nanoseconds kept
                .append("dataschema", event.dataschema())
                .append("aggregateVersion", event.aggregateVersion())
                .append("topic", event.topic())
                .append("programmeId", event.programmeId())
                .append("programmeCode", event.programmeCode())
                .append("regionCode", event.regionCode())
                .append("data", JSON.writeValueAsString(event.data()))
                .append("recordedAt", now());
    }

    private static LogSlot slot(Document stored) {
        long position = stored.get("_id", Number.class).longValue();
        if (Boolean.TRUE.equals(stored.getBoolean(SKIPPED))) {
            return LogSlot.skipped(position);
        }
        String time = stored.getString("time");
        PublicEvent event = new PublicEvent(stored.getString("eventId"), stored.getString("type"), stored.getString("source"),
                stored.getString("subject"), time == null ? null : Instant.parse(time), stored.getString("dataschema"),
                stored.get("aggregateVersion", Number.class).longValue(), stored.getString("topic"),
                stored.getString("programmeId"), stored.getString("programmeCode"), stored.getString("regionCode"),
                JSON.readTree(stored.getString("data")));
        return new LogSlot(position, new LoggedEvent(position, event, stored.getDate("recordedAt").toInstant()));
    }
}
