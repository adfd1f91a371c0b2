package fi.tiekartta.programme.roadmapimport.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.programme.roadmapimport.RoadmapImport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Accepted imports live in {@code roadmap_imports}, id = the hash of their content. */
@Configuration(proxyBeanMethods = false)
class RoadmapImportStoreConfiguration {

    static final String COLLECTION = "roadmap_imports";

    @Bean
    AggregateStore<RoadmapImport> roadmapImportStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
        return new AggregateStore<>(mongo, outboxEvents, COLLECTION, "Roadmap import", RoadmapImport.class);
    }

    @Bean
    OutboxCollection roadmapImportOutbox() {
        return new OutboxCollection(COLLECTION);
    }
}
