package fi.tiekartta.notification.inbox.persistence;

import fi.tiekartta.notification.inbox.Audience;
import fi.tiekartta.notification.inbox.FeedItem;
import fi.tiekartta.notification.inbox.Feeds;
import fi.tiekartta.notification.inbox.Kind;
import fi.tiekartta.notification.inbox.Notification;
import fi.tiekartta.notification.inbox.Texts;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document per audience in {@code feeds}, {@code _id} = the audience's key: {@code seq} (the last number given),
 * {@code version} and {@code items}, the notifications oldest first, at most {@code tiekartta.notifications.feed-size}.
 * <p>
 * Why per audience and not one document per notification: every read is then a lookup by {@code _id}, which the
 * MongoDB-wire server used locally serves from its unique index; it ignores non-unique secondary indexes, so "the
 * notifications of audience X, newest first" over one collection of all notifications would read all of them on
 * every inbox request. A user belongs to at most four audiences, so an inbox is at most four reads, and a
 * notification to "the reporters of region 09" is written once, not once per known reporter (and reaches reporters
 * who are not known yet). An append reads the feed and writes it back only if its {@code version} is unchanged, so
 * two consumers appending to the same feed never lose each other's notification.
 */
@Repository
class MongoFeeds implements Feeds {

    static final String COLLECTION = "feeds";
    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final int feedSize;

    MongoFeeds(MongoTemplate mongo, @Value("${tiekartta.notifications.feed-size:200}") int feedSize) {
        this.mongo = mongo;
        this.feedSize = feedSize;
    }

    @Override
    public boolean add(Audience audience, Notification notification) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document feed = mongo.findById(audience.key(), Document.class, COLLECTION);
            List<Document> items = feed == null ? new ArrayList<>() : new ArrayList<>(feed.getList("items", Document.class));
            if (items.stream().anyMatch(item -> notification.id().equals(item.getString("id")))) {
                return false;
            }
            long seq = (feed == null ? 0L : feed.get("seq", Number.class).longValue()) + 1;
            items.add(toDocument(notification, seq));
            List<Document> kept = items.size() > feedSize ? items.subList(items.size() - feedSize, items.size()) : items;
            try {
                if (feed == null) {
                    mongo.insert(new Document("_id", audience.key()).append("seq", seq).append("version", 1L)
                            .append("items", kept), COLLECTION);
                    return true;
                }
                long version = feed.get("version", Number.class).longValue();
                Query unchanged = Query.query(Criteria.where("_id").is(audience.key()).and("version").is(version));
                Update update = new Update().set("seq", seq).set("version", version + 1).set("items", kept);
                if (mongo.updateFirst(unchanged, update, COLLECTION).getMatchedCount() == 1) {
                    return true;
                }
            } catch (DuplicateKeyException createdMeanwhile) {
                // another consumer made the feed first: read it again
            }
        }
        throw new IllegalStateException("feed " + audience + " kept changing while " + notification.id()
                + " was added; the event will be delivered again");
    }

    @Override
    public List<FeedItem> of(Collection<Audience> audiences) {
        List<FeedItem> items = new ArrayList<>();
        for (Audience audience : audiences) {
            Document feed = mongo.findById(audience.key(), Document.class, COLLECTION);
            if (feed != null) {
                for (Document item : feed.getList("items", Document.class)) {
                    items.add(new FeedItem(audience, item.get("seq", Number.class).longValue(), fromDocument(item)));
                }
            }
        }
        return items;
    }

    @Override
    public Map<Audience, Long> heads(Collection<Audience> audiences) {
        Map<Audience, Long> heads = new LinkedHashMap<>();
        for (Audience audience : audiences) {
            Query byId = Query.query(Criteria.where("_id").is(audience.key()));
            byId.fields().include("seq");
            Document feed = mongo.findOne(byId, Document.class, COLLECTION);
            heads.put(audience, feed == null ? 0L : feed.get("seq", Number.class).longValue());
        }
        return heads;
    }

    private static Document toDocument(Notification n, long seq) {
        return new Document("id", n.id()).append("seq", seq).append("kind", n.kind().name())
                .append("createdAt", Date.from(n.createdAt())).append("title", texts(n.title())).append("body", texts(n.body()))
                .append("link", n.link()).append("programmeCode", n.programmeCode()).append("regionCode", n.regionCode());
    }

    private static Notification fromDocument(Document item) {
        return new Notification(item.getString("id"), Kind.valueOf(item.getString("kind")),
                item.getDate("createdAt").toInstant(), texts(item.get("title", Document.class)),
                texts(item.get("body", Document.class)), item.getString("link"), item.getString("programmeCode"),
                item.getString("regionCode"));
    }

    private static Document texts(Texts texts) {
        return new Document("fi", texts.fi()).append("sv", texts.sv()).append("en", texts.en());
    }

    private static Texts texts(Document document) {
        return new Texts(document.getString("fi"), document.getString("sv"), document.getString("en"));
    }
}
