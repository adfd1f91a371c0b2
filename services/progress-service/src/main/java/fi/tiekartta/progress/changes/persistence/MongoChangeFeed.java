package fi.tiekartta.progress.changes.persistence;

import fi.tiekartta.platform.persistence.MongoPages;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.changes.RecordedChange;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The feed in {@code recent_changes}, one document per event, its id the event's id: inserting an event twice
 * hits the {@code _id} and is ignored, so a redelivery adds nothing.
 * <p>
 * Positions, for readers that follow the feed live: once an entry is inserted (a first delivery, not a redelivery),
 * the counter {@code recent_changes_sequence/position} is incremented with one atomic {@code findAndModify} and the
 * entry's keys are written to {@code recent_changes_positions} under {@code _id} = that number. The counter is shared
 * by every instance (it is in the database), so positions are one order across instances; it lives in the
 * generation's database, so a rebuilt generation numbers its own entries from 1. Reads are by {@code _id} only (the
 * counter, and {@code _id $in} a range of positions), the one kind of query mongo-java-server serves from an index.
 */
@Repository
class MongoChangeFeed implements ChangeFeed {

    static final String COLLECTION = "recent_changes";
    static final String POSITIONS = "recent_changes_positions";
    static final String SEQUENCE = "recent_changes_sequence";
    private static final String COUNTER = "position";

    private final MongoTemplate mongo;

    MongoChangeFeed(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("at", Sort.Direction.DESC));
    }

    @Override
    public void record(ChangeEntry entry) {
        Document stored = new Document();
        mongo.getConverter().write(entry, stored);
        stored.remove("eventId");
        stored.remove("_class");
        stored.put("_id", entry.eventId());
        try {
            mongo.insert(stored, COLLECTION);
        } catch (DuplicateKeyException recordedAlready) {
            return; // the same event, delivered again
        }
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(COUNTER)), new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SEQUENCE);
        long position = counter.get("value", Number.class).longValue();
        mongo.insert(new Document("_id", position).append("eventId", entry.eventId()).append("type", entry.type())
                .append("kind", entry.kind()).append("subjectId", entry.subjectId()).append("subjectCode", entry.subjectCode())
                .append("programmeCode", entry.programmeCode()).append("regionCode", entry.regionCode())
                .append("workPackageCode", entry.workPackageCode() != null ? entry.workPackageCode()
                        : "WORK_PACKAGE".equals(entry.kind()) ? entry.subjectCode() : null)
                .append("at", entry.at() == null ? null : Date.from(entry.at())), POSITIONS);
    }

    @Override
    public long lastPosition() {
        Document counter = mongo.findById(COUNTER, Document.class, SEQUENCE);
        return counter == null ? 0 : counter.get("value", Number.class).longValue();
    }

    @Override
    public List<RecordedChange> recordedBetween(long from, long to) {
        if (to < from) {
            return List.of();
        }
        if (to - from + 1 > MAX_POSITIONS) {
            throw new IllegalArgumentException("At most " + MAX_POSITIONS + " positions at once, not " + (to - from + 1));
        }
        List<Long> positions = LongStream.rangeClosed(from, to).boxed().toList();
        List<RecordedChange> found = new ArrayList<>();
        for (Document stored : mongo.find(Query.query(Criteria.where("_id").in(positions)), Document.class, POSITIONS)) {
            Date at = stored.getDate("at");
            found.add(new RecordedChange(stored.get("_id", Number.class).longValue(), stored.getString("eventId"),
                    stored.getString("type"), stored.getString("kind"), stored.getString("subjectId"),
                    stored.getString("subjectCode"), stored.getString("programmeCode"), stored.getString("regionCode"),
                    stored.getString("workPackageCode"), at == null ? null : at.toInstant()));
        }
        found.sort(Comparator.comparingLong(RecordedChange::position));
        return found;
    }

    @Override
    public Page<ChangeEntry> recent(String programmeCode, String regionCode, String kind, Pageable page) {
        Criteria criteria = new Criteria();
        if (programmeCode != null) {
            criteria.and("programmeCode").is(programmeCode);
        }
        if (regionCode != null) {
            criteria.and("regionCode").is(regionCode);
        }
        if (kind != null) {
            criteria.and("kind").is(kind);
        }
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "at")
                .and(Sort.by("_id")));
        return MongoPages.find(mongo, Query.query(criteria), newestFirst, Document.class, COLLECTION).map(this::entry);
    }

    private ChangeEntry entry(Document stored) {
        stored.put("eventId", stored.get("_id"));
        return mongo.getConverter().read(ChangeEntry.class, stored);
    }
}
