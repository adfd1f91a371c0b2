package fi.tiekartta.integration.webhooks.subscriptions.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.integration.webhooks.signing.SigningSecret;
import fi.tiekartta.integration.webhooks.subscriptions.Subscription;
import fi.tiekartta.integration.webhooks.subscriptions.SubscriptionStatus;
import fi.tiekartta.testing.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoSubscriptionsTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void the_service_does_not_start_without_an_encryption_key() {
        assertThatThrownBy(() -> new MongoSubscriptions(null, " "))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("WEBHOOK_ENCRYPTION_KEY");
    }

    @Test
    void both_secrets_are_stored_encrypted_and_read_back() {
        try (MongoClient client = MongoClients.create(EmbeddedMongo.connectionString())) {
            MongoTemplate mongo = new MongoTemplate(client, "webhook-subscriptions-" + UUID.randomUUID());
            MongoSubscriptions subscriptions = new MongoSubscriptions(mongo, KEY);
            SecureRandom random = new SecureRandom();
            Instant now = Instant.parse("2026-05-04T10:00:00Z");
            SigningSecret first = SigningSecret.generate(random);
            Subscription subscription = new Subscription("s-1", "integration-a", URI.create("https://hooks.example.org/x"),
                    Set.of("fi.tiekartta.milestone.planned.v1"), "SHKO", null, null, SubscriptionStatus.ACTIVE, first,
                    null, null, now, now).rotated(SigningSecret.generate(random), now, Duration.ofHours(24));

            subscriptions.insert(subscription);

            String stored = mongo.findById("s-1", Document.class, MongoSubscriptions.COLLECTION).toJson();
            assertThat(stored).doesNotContain(subscription.secret().value().substring(6)).doesNotContain(first.value().substring(6));
            Subscription read = subscriptions.find("s-1").orElseThrow();
            assertThat(read).isEqualTo(subscription);
            assertThat(read.signingSecrets(now.plusSeconds(60))).containsExactly(subscription.secret(), first);
            assertThat(read.signingSecrets(now.plus(Duration.ofHours(24)))).containsExactly(subscription.secret());
            assertThat(subscriptions.wanting("fi.tiekartta.milestone.planned.v1")).hasSize(1);
            assertThat(subscriptions.wanting("fi.tiekartta.milestone.achieved.v1")).isEmpty();
            mongo.getDb().drop();
        }
    }
}
