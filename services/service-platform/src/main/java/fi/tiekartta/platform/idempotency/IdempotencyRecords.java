package fi.tiekartta.platform.idempotency;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The keys in the service's MongoDB ({@value #COLLECTION}), one document per caller and key, whose {@code _id} is a
 * hash of both ({@link IdempotencyFilter}). Every read and write on the request path is by {@code _id}, or by
 * {@code _id} and {@code attempt} together, which a unique index serves: mongo-java-server uses no other index
 * (docs/mongodb-compatibility.md). Expired keys are deleted explicitly ({@link IdempotencyCleanup}): TTL indexes are
 * not relied upon.
 * <p>
 * A document is {@code IN_PROGRESS} while its request runs, holding a lease; then {@code DONE} with the answer. A
 * request that died holding the lease (its service was killed) leaves it to expire: a retry then takes the key over by
 * raising {@code attempt}, a conditional write only one retry can win.
 */
class IdempotencyRecords {

    static final String COLLECTION = "idempotency_keys";
    private static final String ATTEMPT = "attempt";
    private static final String STATE = "state";
    private static final String FINGERPRINT = "fingerprint";
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String SEED = "seed";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";

    /** What a request with a key is to do. */
    sealed interface Outcome {
    }

    /**
     * Run the request: the key is held for it, at this attempt. {@code seed} names the request's ids
     * ({@link IdempotentIds}): a retry that takes over from a request that died gets that request's seed, so that it
     * makes the same ids; a key used anew after its answer expired gets a new seed.
     */
    record Proceed(long attempt, String seed) implements Outcome {
    }

    /** Answer what the first request answered. */
    record Replay(StoredAnswer answer) implements Outcome {
    }

    /** The first request with this key is still running. */
    record InProgress() implements Outcome {
    }

    /** The key was used for a different request (method, path or body). */
    record Mismatch() implements Outcome {
    }

    private final MongoTemplate mongo;
    private final Duration keep;
    private final Duration lease;
    private final AtomicBoolean indexed = new AtomicBoolean();

    IdempotencyRecords(MongoTemplate mongo, Duration keep, Duration lease) {
        this.mongo = mongo;
        this.keep = keep;
        this.lease = lease;
    }

    Outcome begin(String id, String fingerprint, Instant now) {
        ensureIndex();
        for (int tries = 0; tries < 3; tries++) {
            Document existing = mongo.findById(id, Document.class, COLLECTION);
            if (existing == null) {
                String seed = UUID.randomUUID().toString();
                if (reserve(id, fingerprint, seed, now)) {
                    return new Proceed(0, seed);
                }
                continue; // another request with the same key has just reserved it: look again
            }
            boolean sameRequest = fingerprint.equals(existing.getString(FINGERPRINT));
            boolean done = DONE.equals(existing.getString(STATE));
            if (done && existing.getDate(EXPIRES_AT).toInstant().isAfter(now)) {
                return sameRequest ? new Replay(answerOf(existing)) : new Mismatch();
            }
            if (!done && !sameRequest) {
                return new Mismatch();
            }
            if (!done && existing.getDate(LEASE_UNTIL).toInstant().isAfter(now)) {
                return new InProgress();
            }
            // An expired answer (a new request: new ids), or a request that died holding the key (the same request
            // again: the same ids, so what it stored before dying is found, not stored twice): this one takes it over.
            long attempt = existing.get(ATTEMPT, Number.class).longValue();
            String seed = done || existing.getString(SEED) == null ? UUID.randomUUID().toString() : existing.getString(SEED);
            if (takeOver(id, attempt, fingerprint, seed, now)) {
                return new Proceed(attempt + 1, seed);
            }
        }
        return new InProgress();
    }

    /** The request's answer, kept for {@code keep}; a retry of it gets it. Nothing if the key was taken over meanwhile. */
    void complete(String id, long attempt, StoredAnswer answer, Instant now) {
        Document headers = new Document();
        answer.headers().forEach(headers::append);
        Update update = new Update().set(STATE, DONE).set("status", answer.status()).set("headers", headers)
                .set("body", new Binary(answer.body())).set(EXPIRES_AT, Date.from(now.plus(keep))).unset(LEASE_UNTIL);
        mongo.updateFirst(atAttempt(id, attempt), update, COLLECTION);
    }

    /**
     * Ends the request's lease at once, so that a retry runs for real (the request failed with a 5xx or an
     * exception). The key keeps its seed: should the failed request have stored something before failing, the retry
     * makes the same ids and finds it, rather than storing it twice.
     */
    void release(String id, long attempt) {
        mongo.updateFirst(atAttempt(id, attempt), new Update().set(LEASE_UNTIL, new Date(0)), COLLECTION);
    }

    /** Deletes the keys whose time is up; answers how many. A scan, but off the request path. */
    long deleteExpired(Instant now) {
        return mongo.remove(Query.query(Criteria.where(EXPIRES_AT).lt(Date.from(now))), COLLECTION).getDeletedCount();
    }

    private boolean reserve(String id, String fingerprint, String seed, Instant now) {
        try {
            mongo.insert(new Document("_id", id).append(ATTEMPT, 0L).append(STATE, IN_PROGRESS)
                    .append(FINGERPRINT, fingerprint).append(SEED, seed).append(LEASE_UNTIL, Date.from(now.plus(lease)))
                    .append(EXPIRES_AT, Date.from(now.plus(keep))), COLLECTION);
            return true;
        } catch (DuplicateKeyException reservedMeanwhile) {
            return false;
        }
    }

    private boolean takeOver(String id, long attempt, String fingerprint, String seed, Instant now) {
        Update update = new Update().set(ATTEMPT, attempt + 1).set(STATE, IN_PROGRESS).set(FINGERPRINT, fingerprint)
                .set(SEED, seed)
                .set(LEASE_UNTIL, Date.from(now.plus(lease))).set(EXPIRES_AT, Date.from(now.plus(keep)))
                .unset("status").unset("headers").unset("body");
        return mongo.updateFirst(atAttempt(id, attempt), update, COLLECTION).getMatchedCount() == 1;
    }

    private static Query atAttempt(String id, long attempt) {
        return Query.query(Criteria.where("_id").is(id).and(ATTEMPT).is(attempt));
    }

    private static StoredAnswer answerOf(Document document) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = document.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        Binary body = document.get("body", Binary.class);
        return new StoredAnswer(document.getInteger("status"), headers, body == null ? new byte[0] : body.getData());
    }

    /** {@code (_id, attempt)}, unique: serves the conditional writes, which mongo-java-server would otherwise scan for. */
    private void ensureIndex() {
        if (!indexed.get()) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on(ATTEMPT, Sort.Direction.ASC).unique());
            indexed.set(true);
        }
    }
}
