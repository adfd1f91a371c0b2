package fi.tiekartta.workpackage.workpackage.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.workpackage.workpackage.WorkPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/** Work packages live in {@code work_packages}; a code is taken once within a programme. */
@Configuration(proxyBeanMethods = false)
class WorkPackageStoreConfiguration {

    static final String COLLECTION = "work_packages";

    @Bean
    AggregateStore<WorkPackage> workPackageStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".programmeId", Sort.Direction.ASC)
                .on(STATE + ".code", Sort.Direction.ASC).unique());
        return new AggregateStore<>(mongo, outboxEvents, COLLECTION, "Work package", WorkPackage.class);
    }

    @Bean
    OutboxCollection workPackageOutbox() {
        return new OutboxCollection(COLLECTION);
    }
}
