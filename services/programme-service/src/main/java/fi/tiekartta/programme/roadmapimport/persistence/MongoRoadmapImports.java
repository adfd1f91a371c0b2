package fi.tiekartta.programme.roadmapimport.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.programme.roadmapimport.RoadmapImport;
import fi.tiekartta.programme.roadmapimport.RoadmapImports;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Accepted imports live in {@code roadmap_imports}, id = the hash of their content. */
@Component
class MongoRoadmapImports extends AggregateStore<RoadmapImport> implements RoadmapImports {

    static final String COLLECTION = "roadmap_imports";

    MongoRoadmapImports(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "Roadmap import", RoadmapImport.class);
    }

    /** The relay publishes the events stored with these aggregates. */
    @Bean
    static OutboxCollection roadmapImportOutbox() {
        return new OutboxCollection(COLLECTION);
    }
}
