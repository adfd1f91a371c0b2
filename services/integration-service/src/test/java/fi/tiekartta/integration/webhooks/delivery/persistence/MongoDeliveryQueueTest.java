package fi.tiekartta.integration.webhooks.delivery.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.integration.webhooks.delivery.DeliveryQueue.QueuedDelivery;
import fi.tiekartta.testing.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared queue on the MongoDB-wire server, as two instances use it: claims, leases, busy lanes. */
class MongoDeliveryQueueTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    private MongoClient client;
    private MongoTemplate mongo;
    private MongoDeliveryQueue queue;

    @BeforeEach
    void newDatabase() {
        client = MongoClients.create(EmbeddedMongo.connectionString());
        mongo = new MongoTemplate(client, "webhook-queue-" + UUID.randomUUID());
        queue = new MongoDeliveryQueue(mongo);
    }

    @AfterEach
    void dropDatabase() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void one_instance_at_a_time_holds_a_delivery_until_its_lease_runs_out() {
        queue.enqueue("d-1", "s-1", NOW);

        assertThat(queue.claim("d-1", "instance-a", NOW, NOW.plus(LEASE))).isTrue();
        assertThat(queue.claim("d-1", "instance-b", NOW.plusSeconds(1), NOW.plus(LEASE))).as("held by a").isFalse();
        assertThat(queue.due(NOW.plusSeconds(1), Set.of(), 10)).as("a held entry is not due").isEmpty();

        Instant afterLease = NOW.plus(LEASE).plusSeconds(1); // instance a died mid-attempt
        assertThat(queue.due(afterLease, Set.of(), 10)).extracting(QueuedDelivery::deliveryId).containsExactly("d-1");
        assertThat(queue.claim("d-1", "instance-b", afterLease, afterLease.plus(LEASE))).isTrue();
    }

    @Test
    void a_retry_is_due_only_at_its_time_and_unclaimed_again() {
        queue.enqueue("d-1", "s-1", NOW);
        queue.claim("d-1", "instance-a", NOW, NOW.plus(LEASE));

        queue.enqueue("d-1", "s-1", NOW.plusSeconds(60)); // the attempt failed: due again in a minute

        assertThat(queue.due(NOW.plusSeconds(59), Set.of(), 10)).isEmpty();
        assertThat(queue.claim("d-1", "instance-b", NOW.plusSeconds(59), NOW.plus(LEASE))).isFalse();
        assertThat(queue.due(NOW.plusSeconds(60), Set.of(), 10)).hasSize(1);
    }

    @Test
    void due_entries_come_earliest_first_leaving_out_busy_subscriptions() {
        queue.enqueue("late", "s-2", NOW.minusSeconds(10));
        queue.enqueue("early", "s-1", NOW.minusSeconds(30));
        queue.enqueue("middle", "s-1", NOW.minusSeconds(20));
        queue.enqueue("future", "s-3", NOW.plusSeconds(30));

        assertThat(queue.due(NOW, Set.of(), 10)).extracting(QueuedDelivery::deliveryId).containsExactly("early", "middle", "late");
        assertThat(queue.due(NOW, Set.of("s-1"), 10)).extracting(QueuedDelivery::deliveryId).containsExactly("late");
        assertThat(queue.due(NOW, Set.of(), 1)).extracting(QueuedDelivery::deliveryId).containsExactly("early");
    }

    @Test
    void a_settled_attempt_removes_its_entry_but_not_one_queued_again_meanwhile() {
        queue.enqueue("d-1", "s-1", NOW);
        queue.claim("d-1", "instance-a", NOW, NOW.plus(LEASE));
        queue.removeClaimed("d-1");
        assertThat(queue.due(NOW.plus(LEASE).plusSeconds(1), Set.of(), 10)).isEmpty();

        queue.enqueue("d-2", "s-1", NOW);
        queue.claim("d-2", "instance-a", NOW, NOW.plus(LEASE));
        queue.enqueue("d-2", "s-1", NOW); // a redelivery asked for while the attempt ran
        queue.removeClaimed("d-2");
        assertThat(queue.due(NOW, Set.of(), 10)).extracting(QueuedDelivery::deliveryId).containsExactly("d-2");
    }

    @Test
    void a_subscriptions_lane_is_held_by_one_instance_at_a_time() {
        assertThat(queue.claimLane("s-1", "instance-a", NOW, NOW.plus(LEASE))).isTrue();
        assertThat(queue.claimLane("s-1", "instance-b", NOW.plusSeconds(1), NOW.plus(LEASE))).isFalse();
        assertThat(queue.claimLane("s-2", "instance-b", NOW.plusSeconds(1), NOW.plus(LEASE))).isTrue();
        assertThat(queue.heldLanes(NOW.plusSeconds(1))).containsExactlyInAnyOrder("s-1", "s-2");

        queue.releaseLane("s-1", "instance-b"); // not b's to give back
        assertThat(queue.claimLane("s-1", "instance-b", NOW.plusSeconds(2), NOW.plus(LEASE))).isFalse();
        queue.releaseLane("s-1", "instance-a");
        assertThat(queue.heldLanes(NOW.plusSeconds(2))).containsExactly("s-2");
        assertThat(queue.claimLane("s-1", "instance-b", NOW.plusSeconds(2), NOW.plus(LEASE))).isTrue();

        Instant afterLease = NOW.plus(LEASE).plusSeconds(1); // b died holding s-2
        assertThat(queue.heldLanes(afterLease)).isEmpty();
        assertThat(queue.claimLane("s-2", "instance-a", afterLease, afterLease.plus(LEASE))).isTrue();
    }
}
