package fi.tiekartta.platform.outbox;

import fi.tiekartta.platform.messaging.EventJson;
import io.cloudevents.CloudEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.List;

/**
 * The outbox: services store events with their aggregates ({@link OutboxEvents}); the relay publishes
 * them. Active in a service that declares at least one {@link OutboxCollection}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
@EnableScheduling
public class OutboxAutoConfiguration {

    @Bean
    OutboxEvents outboxEvents(EventJson eventJson) {
        return new OutboxEvents(eventJson);
    }

    @Bean
    @ConditionalOnBean(OutboxCollection.class)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, CloudEvent> kafka,
            List<OutboxCollection> collections, @Value("${spring.application.name}") String serviceName) {
        return new OutboxRelay(mongo, kafka, collections, serviceName);
    }
}
