package fi.tiekartta.platform.idempotency;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.platform.support.TestMongo;
import fi.tiekartta.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How a key is held, answered, taken over after its request died, and forgotten, on the MongoDB-wire server. */
class IdempotencyRecordsTest {

    static final MongoClient CLIENT = MongoClients.create(EmbeddedMongo.connectionString());
    static final MongoTemplate MONGO = TestMongo.template(CLIENT, "idempotency-records-test");
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final StoredAnswer CREATED = new StoredAnswer(201, Map.of("Location", "/things/1"), "{\"id\":\"1\"}".getBytes());

    final IdempotencyRecords records = new IdempotencyRecords(MONGO, Duration.ofHours(24), Duration.ofMinutes(1));
    final String id = UUID.randomUUID().toString();

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void a_key_held_by_a_request_that_died_is_taken_over_by_a_retry_after_its_lease() {
        IdempotencyRecords.Outcome first = records.begin(id, "request", T0);
        assertThat(first).isInstanceOf(IdempotencyRecords.Proceed.class);
        assertThat(records.begin(id, "request", T0.plusSeconds(30))).isInstanceOf(IdempotencyRecords.InProgress.class);

        IdempotencyRecords.Outcome retry = records.begin(id, "request", T0.plusSeconds(61));
        assertThat(retry).as("the same request again: the same ids")
                .isEqualTo(new IdempotencyRecords.Proceed(1, ((IdempotencyRecords.Proceed) first).seed()));
        assertThat(records.begin(id, "request", T0.plusSeconds(62))).as("only one retry takes it over")
                .isInstanceOf(IdempotencyRecords.InProgress.class);

        records.complete(id, 0, CREATED, T0.plusSeconds(63)); // the first attempt, late: it no longer holds the key
        assertThat(records.begin(id, "request", T0.plusSeconds(64))).isInstanceOf(IdempotencyRecords.InProgress.class);
        records.complete(id, 1, CREATED, T0.plusSeconds(65));
        IdempotencyRecords.Outcome replay = records.begin(id, "request", T0.plusSeconds(66));
        assertThat(replay).isInstanceOf(IdempotencyRecords.Replay.class);
        StoredAnswer answer = ((IdempotencyRecords.Replay) replay).answer();
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.headers()).containsEntry("Location", "/things/1");
        assertThat(new String(answer.body())).isEqualTo("{\"id\":\"1\"}");
    }

    @Test
    void a_released_key_lets_the_same_request_run_again_with_the_same_ids_and_no_other_request() {
        IdempotencyRecords.Proceed first = (IdempotencyRecords.Proceed) records.begin(id, "request", T0);
        assertThat(records.begin(id, "another request", T0)).isInstanceOf(IdempotencyRecords.Mismatch.class);
        records.release(id, 0);

        assertThat(records.begin(id, "another request", T0)).isInstanceOf(IdempotencyRecords.Mismatch.class);
        assertThat(records.begin(id, "request", T0)).isEqualTo(new IdempotencyRecords.Proceed(1, first.seed()));
    }

    @Test
    void an_answer_is_kept_for_its_time_then_forgotten_and_deleted() {
        records.begin(id, "request", T0);
        records.complete(id, 0, CREATED, T0);
        assertThat(records.begin(id, "another request", T0.plus(Duration.ofHours(23))))
                .isInstanceOf(IdempotencyRecords.Mismatch.class);

        assertThat(records.deleteExpired(T0.plus(Duration.ofHours(23)))).isZero();
        assertThat(MONGO.findById(id, org.bson.Document.class, IdempotencyRecords.COLLECTION)).isNotNull();
        assertThat(records.deleteExpired(T0.plus(Duration.ofHours(25)))).isGreaterThanOrEqualTo(1);
        assertThat(MONGO.findById(id, org.bson.Document.class, IdempotencyRecords.COLLECTION)).isNull();
    }

    @Test
    void an_expired_answer_not_yet_deleted_counts_as_forgotten() {
        String seed = ((IdempotencyRecords.Proceed) records.begin(id, "request", T0)).seed();
        records.complete(id, 0, CREATED, T0);
        IdempotencyRecords.Outcome again = records.begin(id, "another request", T0.plus(Duration.ofHours(25)));
        assertThat(again).isInstanceOf(IdempotencyRecords.Proceed.class);
        assertThat(((IdempotencyRecords.Proceed) again).attempt()).isEqualTo(1);
        assertThat(((IdempotencyRecords.Proceed) again).seed()).as("a new request: new ids").isNotEqualTo(seed);
    }
}
