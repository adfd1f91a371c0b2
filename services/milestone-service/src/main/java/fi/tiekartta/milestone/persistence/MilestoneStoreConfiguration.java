package fi.tiekartta.milestone.persistence;

import fi.tiekartta.milestone.Milestones;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The milestones, and their collection's outbox: the events a change causes wait in its document until relayed. */
@Configuration(proxyBeanMethods = false)
class MilestoneStoreConfiguration {

    @Bean
    Milestones milestones(MongoTemplate mongo, OutboxEvents outboxEvents) {
        return new MongoMilestones(mongo, outboxEvents);
    }

    @Bean
    OutboxCollection milestoneOutbox() {
        return new OutboxCollection(MongoMilestones.COLLECTION);
    }
}
