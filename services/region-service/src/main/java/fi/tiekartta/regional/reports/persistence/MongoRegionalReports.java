package fi.tiekartta.regional.reports.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.regional.reports.RegionalReport;
import fi.tiekartta.regional.reports.RegionalReports;
import fi.tiekartta.regional.reports.ReportFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Regional reports in {@code regional_reports}, one versioned document each, with their pending events. The
 * id follows from the cell (round, region, measure), so the primary key alone keeps one report per cell; the
 * indexes serve the round-wide and per-region listings.
 */
@Component
class MongoRegionalReports extends AggregateStore<RegionalReport> implements RegionalReports {

    static final String COLLECTION = "regional_reports";

    MongoRegionalReports(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "Regional report", RegionalReport.class);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".roundId", Sort.Direction.ASC)
                .on(STATE + ".regionCode", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".regionCode", Sort.Direction.ASC)
                .on(STATE + ".roundId", Sort.Direction.ASC));
    }

    @Override
    public Page<Versioned<RegionalReport>> matching(ReportFilter filter, Pageable page) {
        StateFilter where = StateFilter.where().is("regionCode", filter.regionCode()).is("roundId", filter.roundId())
                .is("measureId", filter.measureId()).is("status", filter.status());
        if (filter.measureIds() != null) {
            where = where.and(Criteria.where(STATE + ".measureId").in(filter.measureIds()));
        }
        return find(where.sortedBy("roundId", "measureId"), page);
    }

    @Override
    public Page<Versioned<RegionalReport>> ofRound(String roundId, Pageable page) {
        return find(StateFilter.where().is("roundId", roundId).sortedBy("_id"), page);
    }
}
