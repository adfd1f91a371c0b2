package fi.tiekartta.programme.roadmapimport.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.programme.roadmapimport.RoadmapImport;
import fi.tiekartta.programme.roadmapimport.RoadmapImports;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Accepted imports live in {@code roadmap_imports}, id = the hash of their content. */
@Component
class MongoRoadmapImports extends AggregateStore<RoadmapImport> implements RoadmapImports {

    static final String COLLECTION = "roadmap_imports";

    MongoRoadmapImports(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "Roadmap import", RoadmapImport.class);
    }
}
