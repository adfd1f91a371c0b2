package fi.tiekartta.regional.nationalindicators.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.regional.nationalindicators.IndicatorFilter;
import fi.tiekartta.regional.nationalindicators.NationalIndicator;
import fi.tiekartta.regional.nationalindicators.NationalIndicators;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * National indicators in {@code national_indicators}, one versioned document each, with every revision. The
 * observed period is stored as its canonical text with its bounds beside it
 * ({@code state.observedPeriod = {value, start, end}}); lists sort on the start. Indicators cause no events
 * (see {@link NationalIndicator}); the outbox relay still serves the collection (every store registers its own),
 * because it is what moves revisions out of the documents into {@code national_indicators_history}.
 */
@Component
class MongoNationalIndicators extends AggregateStore<NationalIndicator> implements NationalIndicators {

    static final String COLLECTION = "national_indicators";

    MongoNationalIndicators(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "National indicator", NationalIndicator.class);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".programmeId", Sort.Direction.ASC)
                .on(STATE + ".observedPeriod.start", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".measureId", Sort.Direction.ASC));
    }

    @Override
    public Page<Versioned<NationalIndicator>> matching(IndicatorFilter filter, Pageable page) {
        StateFilter where = StateFilter.where();
        if (filter.programmeIds() != null) {
            where = where.and(Criteria.where(STATE + ".programmeId").in(filter.programmeIds()));
        }
        if (filter.measureIds() != null) {
            where = where.and(Criteria.where(STATE + ".measureId").in(filter.measureIds()));
        }
        return find(where.sortedBy("observedPeriod.start", "_id"), page);
    }
}
