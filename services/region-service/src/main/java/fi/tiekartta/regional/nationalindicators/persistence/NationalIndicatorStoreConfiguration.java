package fi.tiekartta.region.nationalindicators.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.region.nationalindicators.NationalIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/**
 * National indicators live in {@code national_indicators}, one versioned document each, with every revision.
 * The observed period is stored as its canonical text with its bounds beside it
 * ({@code state.observedPeriod = {value, start, end}}); lists sort on the start. No {@code OutboxCollection}
 * is declared: indicators cause no events (see {@link NationalIndicator}).
 */
@Configuration(proxyBeanMethods = false)
class NationalIndicatorStoreConfiguration {

    static final String COLLECTION = "national_indicators";

    @Bean
    AggregateStore<NationalIndicator> nationalIndicatorStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".programmeId", Sort.Direction.ASC)
                .on(STATE + ".observedPeriod.start", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".measureId", Sort.Direction.ASC));
        return new AggregateStore<>(mongo, outboxEvents, COLLECTION, "National indicator", NationalIndicator.class);
    }
}
