package fi.tiekartta.milestone.milestone.persistence;

import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/**
 * Milestones live in {@code milestones}, one versioned document each. Periods are stored as their canonical
 * text with their bounds beside it ({@code state.forecast = {value, start, end}}); the indexes serve the
 * list filters and the overdue check, which query the bounds, never the text.
 */
@Configuration(proxyBeanMethods = false)
class MilestoneStoreConfiguration {

    static final String COLLECTION = "milestones";

    @Bean
    AggregateStore<Milestone> milestoneStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".programmeId", Sort.Direction.ASC)
                .on(STATE + ".forecast.end", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".parentId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".status", Sort.Direction.ASC)
                .on(STATE + ".forecast.end", Sort.Direction.ASC));
        return new AggregateStore<>(mongo, outboxEvents, COLLECTION, "Milestone", Milestone.class);
    }

    @Bean
    OutboxCollection milestoneOutbox() {
        return new OutboxCollection(COLLECTION);
    }
}
