package fi.tiekartta.region.reports.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.outbox.OutboxCollection;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.region.reports.RegionalReport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/**
 * Regional reports live in {@code regional_reports}, one versioned document each. The id follows from the
 * cell (round, region, measure), so the primary key alone keeps one report per cell; the indexes serve the
 * round-wide and per-region listings.
 */
@Configuration(proxyBeanMethods = false)
class ReportStoreConfiguration {

    static final String COLLECTION = "regional_reports";

    @Bean
    AggregateStore<RegionalReport> reportStore(MongoTemplate mongo, OutboxEvents outboxEvents) {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".roundId", Sort.Direction.ASC)
                .on(STATE + ".regionCode", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".regionCode", Sort.Direction.ASC)
                .on(STATE + ".roundId", Sort.Direction.ASC));
        return new AggregateStore<>(mongo, outboxEvents, COLLECTION, "Regional report", RegionalReport.class);
    }

    @Bean
    OutboxCollection reportOutbox() {
        return new OutboxCollection(COLLECTION);
    }
}
