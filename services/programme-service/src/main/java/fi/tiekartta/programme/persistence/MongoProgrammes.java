package fi.tiekartta.programme.programme.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.programme.programme.Programme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/** Programmes live in {@code programmes}, one versioned document each; a code is taken once. */
@Configuration(proxyBeanMethods = false)
class ProgrammeStoreConfiguration {

    static final String COLLECTION = "programmes";

    @Bean
    AggregateStore<Programme> programmeStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".code", Sort.Direction.ASC).unique());
        return new AggregateStore<>(mongo, outboxEvents, COLLECTION, "Programme", Programme.class);
    }

    @Bean
    OutboxCollection programmeOutbox() {
        return new OutboxCollection(COLLECTION);
    }
}
