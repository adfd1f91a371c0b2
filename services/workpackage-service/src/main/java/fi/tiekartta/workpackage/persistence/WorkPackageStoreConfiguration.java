package fi.tiekartta.workpackage.persistence;

import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.workpackage.WorkPackages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Work packages live in {@code work_packages}; the outbox relay publishes the events written with them. */
@Configuration(proxyBeanMethods = false)
class WorkPackageStoreConfiguration {

    @Bean
    WorkPackages workPackages(MongoTemplate mongo, OutboxEvents outboxEvents) {
        return new MongoWorkPackages(mongo, outboxEvents);
    }

    @Bean
    OutboxCollection workPackageOutbox() {
        return new OutboxCollection(MongoWorkPackages.COLLECTION);
    }
}
