package fi.tiekartta.integration.webhooks.subscriptions.persistence;

import fi.tiekartta.integration.webhooks.signing.SigningSecret;
import fi.tiekartta.integration.webhooks.subscriptions.Subscription;
import fi.tiekartta.integration.webhooks.subscriptions.SubscriptionStatus;
import fi.tiekartta.integration.webhooks.subscriptions.Subscriptions;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.net.URI;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Subscriptions in {@value #COLLECTION}, one document each, the signing secrets encrypted ({@link SecretCipher}).
 * The start of the service fails without an encryption key: a default key would be a key everyone knows.
 */
@Repository
class MongoSubscriptions implements Subscriptions {

    static final String COLLECTION = "webhook_subscriptions";

    private final MongoTemplate mongo;
    private final SecretCipher cipher;

    MongoSubscriptions(MongoTemplate mongo, @Value("${tiekartta.webhooks.encryption-key:}") String encryptionKey) {
        if (encryptionKey.isBlank()) {
            throw new IllegalStateException("Set WEBHOOK_ENCRYPTION_KEY (tiekartta.webhooks.encryption-key) to the "
                    + "base64 of 32 random bytes ('openssl rand -base64 32'): webhook signing secrets are stored "
                    + "encrypted with it");
        }
        this.mongo = mongo;
        this.cipher = new SecretCipher(encryptionKey);
    }

    @Override
    public void insert(Subscription subscription) {
        mongo.insert(toDocument(subscription), COLLECTION);
    }

    @Override
    public void replace(Subscription subscription) {
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(subscription.id())), toDocument(subscription), COLLECTION);
    }

    @Override
    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(this::fromDocument);
    }

    @Override
    public List<Subscription> list(String owner) {
        Query query = owner == null ? new Query() : Query.query(Criteria.where("owner").is(owner));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt")), Document.class, COLLECTION).stream()
                .map(this::fromDocument).toList();
    }

    @Override
    public List<Subscription> wanting(String type) {
        return mongo.find(Query.query(Criteria.where("eventTypes").is(type)), Document.class, COLLECTION).stream()
                .map(this::fromDocument).toList();
    }

    @Override
    public boolean delete(String id) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION).getDeletedCount() > 0;
    }

    private Document toDocument(Subscription subscription) {
        return new Document("_id", subscription.id())
                .append("owner", subscription.owner())
                .append("url", subscription.url().toString())
                .append("eventTypes", List.copyOf(subscription.eventTypes()))
                .append("programmeCode", subscription.programmeCode())
                .append("regionCode", subscription.regionCode())
                .append("description", subscription.description())
                .append("status", subscription.status().name())
                .append("secret", cipher.encrypt(subscription.secret().value()))
                .append("previousSecret", subscription.previousSecret() == null ? null
                        : cipher.encrypt(subscription.previousSecret().value()))
                .append("previousSecretUntil", date(subscription.previousSecretUntil()))
                .append("createdAt", date(subscription.createdAt()))
                .append("updatedAt", date(subscription.updatedAt()));
    }

    private Subscription fromDocument(Document document) {
        String previous = document.getString("previousSecret");
        return new Subscription(document.getString("_id"), document.getString("owner"),
                URI.create(document.getString("url")), new HashSet<>(document.getList("eventTypes", String.class)),
                document.getString("programmeCode"), document.getString("regionCode"), document.getString("description"),
                SubscriptionStatus.valueOf(document.getString("status")),
                new SigningSecret(cipher.decrypt(document.getString("secret"))),
                previous == null ? null : new SigningSecret(cipher.decrypt(previous)),
                instant(document.getDate("previousSecretUntil")), instant(document.getDate("createdAt")),
                instant(document.getDate("updatedAt")));
    }

    private static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
