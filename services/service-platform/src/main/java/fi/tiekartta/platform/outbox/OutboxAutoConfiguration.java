package fi.tiekartta.platform.outbox;

import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.messaging.EventJsonAutoConfiguration;
import fi.tiekartta.platform.messaging.PublicEventsProperties;
import fi.tiekartta.platform.tracing.CurrentCorrelation;
import io.cloudevents.CloudEvent;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.List;

/**
 * The outbox: services store events with their aggregates ({@link OutboxEvents}); the relay publishes
 * them. Active in a service that keeps aggregates (an {@code AggregateStore}, which registers its collection with
 * the relay) or declares an {@link OutboxCollection}. Replicas take turns per
 * collection through the ShedLock lock provider ({@code SchedulerLockAutoConfiguration} declares one on the
 * service's MongoDB).
 */
@AutoConfiguration(after = EventJsonAutoConfiguration.class, afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "fi.tiekartta.platform.scheduling.SchedulerLockAutoConfiguration",
        "fi.tiekartta.platform.tracing.TracingAutoConfiguration"})
@EnableScheduling
public class OutboxAutoConfiguration {

    @Bean
    OutboxEvents outboxEvents(EventJson eventJson, ObjectProvider<CurrentCorrelation> correlation,
            PublicEventsProperties publicEvents) {
        return new OutboxEvents(eventJson, correlation.getIfAvailable(CurrentCorrelation::none), publicEvents);
    }

    @Bean
    @Conditional(KeepsAggregatesOrOutboxCollections.class)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka,
            List<OutboxCollection> collections, OutboxEvents outboxEvents, ObjectProvider<LockProvider> lockProvider,
            @Value("${spring.application.name}") String serviceName,
            @Value("${tiekartta.outbox.scan-interval}") String scanInterval) {
        LockProvider provider = lockProvider.getIfAvailable();
        OutboxLocks locks = provider == null ? OutboxLocks.inProcess() : new ShedLockOutboxLocks(provider);
        if (provider == null) {
            LoggerFactory.getLogger(OutboxRelay.class)
                    .warn("No ShedLock LockProvider: replicas of {} would publish concurrently; run one", serviceName);
        }
        // Parsed here rather than by the context, so that "1m" and "PT1M" both work in any context.
        return new OutboxRelay(mongo, kafka, collections, serviceName, outboxEvents, locks,
                DurationStyle.detectAndParse(scanInterval));
    }

    /** A store of aggregates, or a declared outbox collection: either gives the relay something to do. */
    static final class KeepsAggregatesOrOutboxCollections extends AnyNestedCondition {

        KeepsAggregatesOrOutboxCollections() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        // By name: the aggregate package uses the outbox, so the outbox must not use it back.
        @ConditionalOnBean(type = "fi.tiekartta.platform.aggregate.AggregateStore")
        static final class KeepsAggregates {
        }

        @ConditionalOnBean(OutboxCollection.class)
        static final class DeclaresOutboxCollections {
        }
    }
}
