package fi.tiekartta.programme.term.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.programme.term.GovernmentTerm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Government terms live in {@code government_terms}, one versioned document per term, id = its years. */
@Configuration(proxyBeanMethods = false)
class GovernmentTermStoreConfiguration {

    static final String COLLECTION = "government_terms";

    @Bean
    AggregateStore<GovernmentTerm> governmentTermStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
        return new AggregateStore<>(mongo, outboxEvents, COLLECTION, "Government term", GovernmentTerm.class);
    }

    @Bean
    OutboxCollection governmentTermOutbox() {
        return new OutboxCollection(COLLECTION);
    }
}
