package fi.tiekartta.region.rounds.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.region.rounds.ReportingRound;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/** Reporting rounds live in {@code reporting_rounds}, one versioned document each, with their pending events. */
@Configuration(proxyBeanMethods = false)
class RoundStoreConfiguration {

    static final String COLLECTION = "reporting_rounds";

    @Bean
    AggregateStore<ReportingRound> roundStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".programmeId", Sort.Direction.ASC)
                .on(STATE + ".deadline", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".status", Sort.Direction.ASC)
                .on(STATE + ".deadline", Sort.Direction.ASC));
        return new AggregateStore<>(mongo, outboxEvents, COLLECTION, "Reporting round", ReportingRound.class);
    }

    @Bean
    OutboxCollection roundOutbox() {
        return new OutboxCollection(COLLECTION);
    }
}
