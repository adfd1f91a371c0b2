package fi.tiekartta.programme.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.ProgrammeFilter;
import fi.tiekartta.programme.Programmes;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/** Programmes live in {@code programmes}, one versioned document each; a unique index keeps each code taken once. */
@Component
class MongoProgrammes extends AggregateStore<Programme> implements Programmes {

    static final String COLLECTION = "programmes";
    private static final String CODE = STATE + ".code";

    MongoProgrammes(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "Programme", Programme.class);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(CODE, Sort.Direction.ASC).unique());
    }

    @Override
    public Page<Versioned<Programme>> matching(ProgrammeFilter filter, Pageable page) {
        Query query = StateFilter.where().is("code", filter.code()).is("level", filter.level()).is("status", filter.status())
                .is("ownerOrganisation", filter.ownerOrganisation()).is("termIds", filter.termId()).sortedBy("code");
        return find(query, page);
    }

    @Override
    public List<Versioned<Programme>> withCodes(Collection<String> codes) {
        return find(Query.query(Criteria.where(CODE).in(codes)), PageRequest.of(0, Math.max(1, codes.size()))).getContent();
    }
}
