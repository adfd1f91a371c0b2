package fi.tiekartta.workpackage.persistence;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.outbox.OutboxEvents;
import fi.tiekartta.workpackage.WorkPackage;
import fi.tiekartta.workpackage.WorkPackageFilter;
import fi.tiekartta.workpackage.WorkPackages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/** Work packages in {@code work_packages}, one document each; a code is taken once within a programme (a unique index). */
@Component
class MongoWorkPackages extends AggregateStore<WorkPackage> implements WorkPackages {

    static final String COLLECTION = "work_packages";
    /** How many work packages a list filtered by confidence looks through: the filter is applied in memory. */
    private static final int CONFIDENCE_SCAN_LIMIT = 1000;

    MongoWorkPackages(MongoTemplate mongo, OutboxEvents outboxEvents) {
        super(mongo, outboxEvents, COLLECTION, "Work package", WorkPackage.class);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATE + ".programmeId", Sort.Direction.ASC)
                .on(STATE + ".code", Sort.Direction.ASC).unique());
    }

    @Override
    public Optional<Versioned<WorkPackage>> withCode(String programmeId, String code) {
        Query byCode = Query.query(Criteria.where(STATE + ".programmeId").is(programmeId).and(STATE + ".code").is(code));
        return find(byCode, PageRequest.of(0, 1)).stream().findFirst();
    }

    @Override
    public Set<String> ofProgramme(String programmeId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query inProgramme = Query.query(Criteria.where("_id").in(ids).and(STATE + ".programmeId").is(programmeId));
        return find(inProgramme, PageRequest.of(0, ids.size())).stream().map(Versioned::id).collect(Collectors.toSet());
    }

    @Override
    public Page<Versioned<WorkPackage>> matching(WorkPackageFilter filter, Pageable page) {
        Query query = StateFilter.where().is("programmeId", filter.programmeId()).is("termIds", filter.term())
                .is("status", filter.status()).is("owner", filter.owner()).sortedBy("code");
        if (filter.confidence() == null) {
            return find(query, page);
        }
        // The current confidence is the last of the history: filtered here, since array positions from the end
        // are not something both MongoDB and the embedded server query alike (see docs/mongodb-compatibility.md).
        List<Versioned<WorkPackage>> matching = find(query, PageRequest.of(0, CONFIDENCE_SCAN_LIMIT)).stream()
                .filter(workPackage -> filter.confidenceMatches(workPackage.state())).toList();
        int from = (int) Math.min(page.getOffset(), matching.size());
        return new PageImpl<>(matching.subList(from, Math.min(from + page.getPageSize(), matching.size())), page, matching.size());
    }
}
