package fi.tiekartta.integration.webhooks.delivery.persistence;

import fi.tiekartta.integration.webhooks.delivery.Attempt;
import fi.tiekartta.integration.webhooks.delivery.AttemptOutcome;
import fi.tiekartta.integration.webhooks.delivery.Deliveries;
import fi.tiekartta.integration.webhooks.delivery.Delivery;
import fi.tiekartta.integration.webhooks.delivery.DeliveryFilter;
import fi.tiekartta.integration.webhooks.delivery.DeliveryStatus;
import fi.tiekartta.integration.webhooks.delivery.WebhookMessage;
import fi.tiekartta.platform.persistence.MongoPages;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The delivery log in {@value #COLLECTION}, one document per delivery ({@code _id} = the delivery's id) with its
 * message and attempts. Attempts and sends read and write by {@code _id}; the lists (by owner, subscription, status,
 * time) have indexes that MongoDB uses and mongo-java-server ignores (it scans, which is fine for the local stack).
 */
@Repository
class MongoDeliveries implements Deliveries {

    static final String COLLECTION = "webhook_deliveries";

    private final MongoTemplate mongo;

    MongoDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("subscriptionId", Sort.Direction.ASC).on("eventTime", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("owner", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
    }

    @Override
    public boolean insertIfAbsent(Delivery delivery) {
        try {
            mongo.insert(toDocument(delivery), COLLECTION);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    @Override
    public void replace(Delivery delivery) {
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(delivery.id())), toDocument(delivery), COLLECTION);
    }

    @Override
    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(MongoDeliveries::fromDocument);
    }

    @Override
    public Page<Delivery> list(DeliveryFilter filter, Pageable pageable) {
        Query query = new Query();
        if (filter.owner() != null) {
            query.addCriteria(Criteria.where("owner").is(filter.owner()));
        }
        if (filter.subscriptionId() != null) {
            query.addCriteria(Criteria.where("subscriptionId").is(filter.subscriptionId()));
        }
        if (filter.status() != null) {
            query.addCriteria(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria created = Criteria.where("createdAt");
            if (filter.from() != null) {
                created = created.gte(Date.from(filter.from()));
            }
            if (filter.to() != null) {
                created = created.lt(Date.from(filter.to()));
            }
            query.addCriteria(created);
        }
        query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")));
        return MongoPages.find(mongo, query, pageable, Document.class, COLLECTION).map(MongoDeliveries::fromDocument);
    }

    @Override
    public List<Delivery> ofEventsBetween(String subscriptionId, Instant from, Instant to) {
        Query query = Query.query(Criteria.where("subscriptionId").is(subscriptionId)
                .and("eventTime").gte(Date.from(from)).lt(Date.from(to))).with(Sort.by("eventTime"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoDeliveries::fromDocument).toList();
    }

    private static Document toDocument(Delivery delivery) {
        WebhookMessage message = delivery.message();
        List<Document> attempts = delivery.attempts().stream().map(attempt -> new Document("at", Date.from(attempt.at()))
                .append("outcome", attempt.outcome().name()).append("statusCode", attempt.statusCode())
                .append("error", attempt.error()).append("durationMillis", attempt.durationMillis())).toList();
        return new Document("_id", delivery.id())
                .append("subscriptionId", delivery.subscriptionId())
                .append("owner", delivery.owner())
                .append("eventId", message.eventId())
                .append("eventType", message.type())
                .append("eventTime", date(message.time()))
                .append("message", new Document("source", message.source()).append("subject", message.subject())
                        .append("dataschema", message.dataschema()).append("aggregateVersion", message.aggregateVersion())
                        .append("programmeCode", message.programmeCode()).append("regionCodes", message.regionCodes())
                        .append("data", message.data()))
                .append("status", delivery.status().name())
                .append("attempts", attempts)
                .append("attemptsThisRound", delivery.attemptsThisRound())
                .append("createdAt", date(delivery.createdAt()))
                .append("nextAttemptAt", date(delivery.nextAttemptAt()))
                .append("updatedAt", date(delivery.updatedAt()));
    }

    private static Delivery fromDocument(Document document) {
        Document message = document.get("message", Document.class);
        Number version = message.get("aggregateVersion", Number.class);
        WebhookMessage webhookMessage = new WebhookMessage(document.getString("eventId"), document.getString("eventType"),
                message.getString("source"), message.getString("subject"), instant(document.getDate("eventTime")),
                message.getString("dataschema"), version == null ? null : version.longValue(),
                message.getString("programmeCode"), message.getList("regionCodes", String.class),
                message.getString("data"));
        List<Attempt> attempts = new ArrayList<>();
        for (Document attempt : document.getList("attempts", Document.class)) {
            Number duration = attempt.get("durationMillis", Number.class);
            attempts.add(new Attempt(attempt.getDate("at").toInstant(), AttemptOutcome.valueOf(attempt.getString("outcome")),
                    attempt.getInteger("statusCode"), attempt.getString("error"), duration == null ? 0 : duration.longValue()));
        }
        return new Delivery(document.getString("_id"), document.getString("subscriptionId"), document.getString("owner"),
                webhookMessage, DeliveryStatus.valueOf(document.getString("status")), attempts,
                document.getInteger("attemptsThisRound", 0), instant(document.getDate("createdAt")),
                instant(document.getDate("nextAttemptAt")), instant(document.getDate("updatedAt")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
