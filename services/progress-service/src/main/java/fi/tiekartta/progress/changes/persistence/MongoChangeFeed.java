package fi.tiekartta.progress.changes.persistence;

import fi.tiekartta.platform.persistence.MongoPages;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The feed in {@code recent_changes}, one document per event, its id the event's id: inserting an event twice
 * hits the {@code _id} and is ignored, so a redelivery adds nothing.
 */
@Repository
class MongoChangeFeed implements ChangeFeed {

    static final String COLLECTION = "recent_changes";

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
            // the same event, delivered again
        }
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
