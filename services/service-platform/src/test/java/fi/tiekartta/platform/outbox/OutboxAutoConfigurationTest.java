package fi.tiekartta.platform.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import fi.tiekartta.platform.messaging.EventJsonAutoConfiguration;
import fi.tiekartta.platform.scheduling.SchedulerLockAutoConfiguration;
import fi.tiekartta.platform.support.TestMongo;
import fi.tiekartta.testing.EmbeddedMongo;
import io.cloudevents.CloudEvent;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import fi.tiekartta.platform.aggregate.AggregateStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The relay as a service gets it: with a lock provider on its database, started with the context. */
class OutboxAutoConfigurationTest {

    static final MongoClient CLIENT = MongoClients.create(EmbeddedMongo.connectionString());

    @SuppressWarnings("unchecked")
    final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EventJsonAutoConfiguration.class, SchedulerLockAutoConfiguration.class,
                    OutboxAutoConfiguration.class))
            .withPropertyValues("spring.application.name=test-service", "tiekartta.outbox.scan-interval=1m")
            .withBean(MongoTemplate.class, () -> TestMongo.template(CLIENT, "outbox-autoconfiguration-test"))
            .withBean(KafkaTemplate.class, () -> mock(KafkaTemplate.class));

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void a_service_with_an_outbox_collection_gets_a_running_relay_that_takes_turns_through_shedlock() {
        service.withBean(OutboxCollection.class, () -> new OutboxCollection("things")).run(context -> {
            assertThat(context).hasSingleBean(OutboxRelay.class).hasSingleBean(OutboxEvents.class);
            assertThat(context.getBean(LockProvider.class)).isInstanceOf(MongoLockProvider.class);
            assertThat(context.getBean(OutboxRelay.class).isRunning()).isTrue();
        });
    }

    @Test
    void a_service_that_keeps_aggregates_gets_a_relay_for_their_collection_without_declaring_it() {
        service.withUserConfiguration(ThingStore.class).run(context -> {
            assertThat(context).hasSingleBean(OutboxRelay.class).doesNotHaveBean(OutboxCollection.class);
            assertThat(context.getBean(OutboxEvents.class).registeredCollections()).containsExactly("stored_things");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class ThingStore {
        record Thing(String name) {
        }

        @Bean
        AggregateStore<Thing> things(MongoTemplate mongo, OutboxEvents outboxEvents) {
            return new AggregateStore<>(mongo, outboxEvents, "stored_things", "Thing", Thing.class);
        }
    }

    @Test
    void a_service_without_one_gets_no_relay() {
        service.run(context -> assertThat(context).hasSingleBean(OutboxEvents.class).doesNotHaveBean(OutboxRelay.class));
    }
}
