package fi.tiekartta.regional.rounds.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.regional.rounds.ReportingRound;
import fi.tiekartta.regional.rounds.ReportingRounds;
import fi.tiekartta.regional.rounds.RoundFilter;
import fi.tiekartta.regional.rounds.RoundStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Reporting rounds in {@code reporting_rounds}, one versioned document each, with their pending events. The
 * indexes serve the listing by programme and deadline and the deadline check (open rounds by deadline).
 */
@Component
class MongoReportingRounds extends AggregateStore<ReportingRound> implements ReportingRounds {

    static final String COLLECTION = "reporting_rounds";

    MongoReportingRounds(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "Reporting round", ReportingRound.class);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".programmeId", Sort.Direction.ASC)
                .on(STATE + ".deadline", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".status", Sort.Direction.ASC)
                .on(STATE + ".deadline", Sort.Direction.ASC));
    }

    @Override
    public Page<Versioned<ReportingRound>> matching(RoundFilter filter, Pageable page) {
        StateFilter where = StateFilter.where().is("status", filter.status()).is("regionCodes", filter.regionCode());
        if (filter.programmeIds() != null) {
            where = where.and(Criteria.where(STATE + ".programmeId").in(filter.programmeIds()));
        }
        if (filter.measureIds() != null) {
            where = where.and(Criteria.where(STATE + ".measureIds").in(filter.measureIds()));
        }
        return find(where.sortedBy("deadline", "_id"), page);
    }

    /** {@link ReportingRound#isDueAt}: open, and the deadline is now or earlier. */
    @Override
    public Page<Versioned<ReportingRound>> dueAt(Instant now, Pageable page) {
        Query due = Query.query(Criteria.where(STATE + ".status").is(RoundStatus.OPEN.name())
                .and(STATE + ".deadline").lte(now)).with(Sort.by("_id"));
        return find(due, page);
    }
}
