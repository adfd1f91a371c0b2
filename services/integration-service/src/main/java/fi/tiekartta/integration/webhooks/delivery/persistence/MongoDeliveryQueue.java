package fi.tiekartta.integration.webhooks.delivery.persistence;

import fi.tiekartta.integration.webhooks.delivery.DeliveryQueue;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queue in {@value #COLLECTION}: one small document per pending delivery ({@code _id} = the delivery's id,
 * {@code subscriptionId}, {@code dueAt}, and while an instance attempts it {@code leaseUntil}/{@code leaseOwner}).
 * Claims are a conditional update of one document by {@code _id} (findAndModify), atomic in MongoDB and in
 * mongo-java-server alike. Lanes live in {@value #LANES}, one small document per subscription, claimed the same way.
 */
@Repository
class MongoDeliveryQueue implements DeliveryQueue {

    static final String COLLECTION = "webhook_delivery_queue";
    /** One document per subscription being attempted: {@code _id} = its id, {@code leaseUntil}, {@code leaseOwner}. */
    static final String LANES = "webhook_delivery_lanes";

    private final MongoTemplate mongo;

    MongoDeliveryQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void enqueue(String deliveryId, String subscriptionId, Instant dueAt) {
        mongo.upsert(byId(deliveryId), new Update().set("subscriptionId", subscriptionId).set("dueAt", Date.from(dueAt))
                .unset("leaseUntil").unset("leaseOwner"), COLLECTION);
    }

    @Override
    public List<QueuedDelivery> due(Instant now, Set<String> busy, int limit) {
        Criteria criteria = Criteria.where("dueAt").lte(Date.from(now)).andOperator(unleased(now));
        if (!busy.isEmpty()) {
            criteria = criteria.and("subscriptionId").nin(busy);
        }
        Query query = Query.query(criteria).with(Sort.by("dueAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(entry -> new QueuedDelivery(entry.getString("_id"), entry.getString("subscriptionId"),
                        entry.getDate("dueAt").toInstant()))
                .toList();
    }

    @Override
    public boolean claim(String deliveryId, String owner, Instant now, Instant leaseUntil) {
        Query query = Query.query(Criteria.where("_id").is(deliveryId).and("dueAt").lte(Date.from(now))
                .andOperator(unleased(now)));
        Update update = new Update().set("leaseUntil", Date.from(leaseUntil)).set("leaseOwner", owner);
        return mongo.findAndModify(query, update, Document.class, COLLECTION) != null;
    }

    @Override
    public void release(String deliveryId) {
        mongo.updateFirst(byId(deliveryId), new Update().unset("leaseUntil").unset("leaseOwner"), COLLECTION);
    }

    @Override
    public void remove(String deliveryId) {
        mongo.remove(byId(deliveryId), COLLECTION);
    }

    @Override
    public void removeClaimed(String deliveryId) {
        mongo.remove(Query.query(Criteria.where("_id").is(deliveryId).and("leaseUntil").ne(null)), COLLECTION);
    }

    @Override
    public boolean claimLane(String subscriptionId, String owner, Instant now, Instant leaseUntil) {
        Query free = Query.query(Criteria.where("_id").is(subscriptionId).andOperator(unleased(now)));
        Update take = new Update().set("leaseUntil", Date.from(leaseUntil)).set("leaseOwner", owner);
        if (mongo.findAndModify(free, take, Document.class, LANES) != null) {
            return true;
        }
        try {
            mongo.insert(new Document("_id", subscriptionId).append("leaseUntil", Date.from(leaseUntil))
                    .append("leaseOwner", owner), LANES);
            return true;
        } catch (DuplicateKeyException held) {
            return false; // another instance holds the lane (or took it just now)
        }
    }

    @Override
    public Set<String> heldLanes(Instant now) {
        return mongo.find(Query.query(Criteria.where("leaseUntil").gte(Date.from(now))), Document.class, LANES).stream()
                .map(lane -> lane.getString("_id")).collect(Collectors.toSet());
    }

    @Override
    public void releaseLane(String subscriptionId, String owner) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(subscriptionId).and("leaseOwner").is(owner)),
                new Update().unset("leaseUntil").unset("leaseOwner"), LANES);
    }

    private static Criteria unleased(Instant now) {
        return new Criteria().orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(Date.from(now)));
    }

    private static Query byId(String deliveryId) {
        return Query.query(Criteria.where("_id").is(deliveryId));
    }
}
