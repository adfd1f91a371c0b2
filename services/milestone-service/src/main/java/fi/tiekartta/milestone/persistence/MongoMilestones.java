package fi.tiekartta.milestone.persistence;

import fi.tiekartta.milestone.Milestone;
import fi.tiekartta.milestone.MilestoneFilter;
import fi.tiekartta.milestone.Milestones;
import fi.tiekartta.milestone.Overdue;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.outbox.OutboxEvents;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Milestones in {@code milestones}, one versioned document each. Periods are stored as their canonical text
 * with their bounds beside it ({@code state.forecast = {value, start, end}}); the queries and the indexes that
 * serve them (the list's filters, the overdue check) use the bounds, never the text. An open-ended forecast's
 * end is stored as 9999-12-31, so "ended before a day" never matches it.
 */
@Component
class MongoMilestones extends AggregateStore<Milestone> implements Milestones {

    static final String COLLECTION = "milestones";
    private static final String PROGRAMME = STATE + ".programmeId";
    private static final String PARENT = STATE + ".parentId";
    private static final String CODE = STATE + ".code";
    private static final String STATUS = STATE + ".status";
    private static final String FORECAST_END = STATE + ".forecast.end";

    MongoMilestones(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "Milestone", Milestone.class);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(PROGRAMME, Sort.Direction.ASC).on(FORECAST_END, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(PARENT, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(CODE, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATUS, Sort.Direction.ASC).on(FORECAST_END, Sort.Direction.ASC));
    }

    @Override
    public Page<Versioned<Milestone>> overdueOn(LocalDate day, Pageable page) {
        return find(Query.query(overdue(Overdue.on(day))).with(Sort.by("_id")), page);
    }

    @Override
    public Page<Versioned<Milestone>> matching(MilestoneFilter filter, LocalDate day, Pageable page) {
        StateFilter query = StateFilter.where().is("code", filter.code()).is("programmeId", filter.programmeId())
                .is("keys.programmeCode", filter.programmeCode()).is("parentId", filter.parentId())
                .is("keys.parentCode", filter.parentCode());
        if (!filter.statuses().isEmpty()) {
            query.and(where(STATUS).in(names(filter.statuses())));
        }
        if (filter.overdue() != null) {
            Criteria overdue = overdue(Overdue.on(day));
            query.and(filter.overdue() ? overdue : new Criteria().norOperator(overdue));
        }
        if (filter.forecastBefore() != null) {
            query.and(where(FORECAST_END).lt(filter.forecastBefore()));
        }
        if (filter.forecastAfter() != null) {
            query.and(where(FORECAST_END).gt(filter.forecastAfter()));
        }
        return find(query.sortedBy("forecast.end", "_id"), page);
    }

    /**
     * {@link Overdue} as a query, built from its two parts as {@link Overdue#test} is: an open status, and a
     * forecast whose last day lies before the day.
     */
    private static Criteria overdue(Overdue overdue) {
        return where(STATUS).in(names(overdue.statuses())).and(FORECAST_END).lt(overdue.forecastEndedBefore());
    }

    /** Enums are stored by name. */
    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
