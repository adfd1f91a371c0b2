package fi.tiekartta.programme.term.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.programme.term.GovernmentTerm;
import fi.tiekartta.programme.term.GovernmentTerms;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Government terms live in {@code government_terms}, one versioned document per term, id = its years. */
@Component
class MongoGovernmentTerms extends AggregateStore<GovernmentTerm> implements GovernmentTerms {

    static final String COLLECTION = "government_terms";
    /** More terms than the republic will have for a long while; a list that would pass it is cut, not paged. */
    private static final int AT_MOST = 100;
    private static final String FIRST_YEAR = STATE + ".firstYear";

    MongoGovernmentTerms(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "Government term", GovernmentTerm.class);
    }

    @Override
    public List<Versioned<GovernmentTerm>> chronological() {
        return find(new Query().with(Sort.by(FIRST_YEAR)), PageRequest.of(0, AT_MOST)).getContent();
    }

    @Override
    public Optional<GovernmentTerm> latest() {
        Query newestFirst = new Query().with(Sort.by(Sort.Direction.DESC, FIRST_YEAR));
        return find(newestFirst, PageRequest.of(0, 1)).stream().findFirst().map(Versioned::state);
    }

    @Override
    public Set<String> knownIds() {
        return chronological().stream().map(Versioned::id).collect(Collectors.toSet());
    }
}
