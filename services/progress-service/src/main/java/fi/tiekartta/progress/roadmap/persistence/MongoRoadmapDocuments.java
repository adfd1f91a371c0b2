package fi.tiekartta.progress.roadmap.persistence;

import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.progress.history.persistence.HistoryReader;
import fi.tiekartta.progress.roadmap.ConfidenceAssessment;
import fi.tiekartta.progress.roadmap.RoadmapDocuments;
import fi.tiekartta.progress.roadmap.RoadmapMilestone;
import fi.tiekartta.progress.roadmap.RoadmapProgramme;
import fi.tiekartta.progress.roadmap.RoadmapWorkPackage;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the roadmap's documents: programmes by their indexed {@code code}, work packages and milestones by their
 * indexed {@code programmeId}, and the attention candidates by their indexed {@code status} and
 * {@code confidence.rating}. Each read is one query.
 */
@Repository
class MongoRoadmapDocuments implements RoadmapDocuments {

    private final MongoTemplate mongo;

    MongoRoadmapDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(RoadmapProgramme.COLLECTION).createIndex(new Index().on("code", Sort.Direction.ASC));
        mongo.indexOps(RoadmapWorkPackage.COLLECTION).createIndex(new Index().on("programmeId", Sort.Direction.ASC));
        mongo.indexOps(RoadmapWorkPackage.COLLECTION).createIndex(new Index().on("confidence.rating", Sort.Direction.ASC));
        mongo.indexOps(RoadmapMilestone.COLLECTION).createIndex(new Index().on("programmeId", Sort.Direction.ASC));
        mongo.indexOps(RoadmapMilestone.COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC));
    }

    @Override
    public Optional<RoadmapProgramme> programmeByCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), Document.class,
                RoadmapProgramme.COLLECTION)).map(stored -> read(RoadmapProgramme.class, stored));
    }

    @Override
    public List<RoadmapProgramme> programmes(Collection<String> programmeIds) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return find(Query.query(Criteria.where("_id").in(programmeIds)), RoadmapProgramme.class, RoadmapProgramme.COLLECTION);
    }

    @Override
    public List<RoadmapWorkPackage> workPackagesOf(String programmeId) {
        return find(Query.query(Criteria.where("programmeId").is(programmeId)), RoadmapWorkPackage.class,
                RoadmapWorkPackage.COLLECTION);
    }

    @Override
    public Optional<RoadmapWorkPackage> workPackage(String programmeId, String code) {
        return find(Query.query(Criteria.where("programmeId").is(programmeId).and("code").is(code)), RoadmapWorkPackage.class,
                RoadmapWorkPackage.COLLECTION).stream().findFirst();
    }

    @Override
    public List<RoadmapMilestone> milestonesOf(String programmeId) {
        return find(Query.query(Criteria.where("programmeId").is(programmeId)), RoadmapMilestone.class,
                RoadmapMilestone.COLLECTION);
    }

    @Override
    public List<RoadmapMilestone> milestonesOf(String programmeId, String workPackageCode, Collection<String> parentIds) {
        Criteria ofWorkPackage = new Criteria().orOperator(Criteria.where("parent.id").in(parentIds),
                Criteria.where("parent.workPackageCode").is(workPackageCode));
        return find(Query.query(new Criteria().andOperator(Criteria.where("programmeId").is(programmeId), ofWorkPackage)),
                RoadmapMilestone.class, RoadmapMilestone.COLLECTION);
    }

    @Override
    public List<RoadmapMilestone> expectedMilestonesNeedingAttention(String programmeId, LocalDate day) {
        List<String> expected = MilestoneStatus.expectingCompletion().stream().map(Enum::name).toList();
        Criteria criteria = Criteria.where("status").in(expected);
        if (programmeId != null) {
            criteria.and("programmeId").is(programmeId);
        }
        // at risk, slipped or ended: judged on the milestone itself, by the same rules as the views
        return find(Query.query(criteria), RoadmapMilestone.class, RoadmapMilestone.COLLECTION).stream()
                .filter(milestone -> milestone.isOverdueOn(day) || milestone.isAtRiskOn(day)).toList();
    }

    @Override
    public List<RoadmapWorkPackage> workPackagesWithLowConfidence(String programmeId) {
        Criteria criteria = Criteria.where("confidence.rating").in(ConfidenceAssessment.LOW);
        if (programmeId != null) {
            criteria.and("programmeId").is(programmeId);
        }
        return find(Query.query(criteria), RoadmapWorkPackage.class, RoadmapWorkPackage.COLLECTION);
    }

    @Override
    public RoadmapDocuments asOf(Instant at) {
        return new AsOf(at);
    }

    /**
     * The documents as they were at an instant, from their earlier states ({@code <collection>_history}, written by
     * the projection): each read is one query on the history by an indexed key ({@code programmeId}, the programme's
     * id or {@code code}), keeping per document its latest state valid then.
     */
    private final class AsOf implements RoadmapDocuments {

        private final Instant at;

        AsOf(Instant at) {
            this.at = at;
        }

        @Override
        public Optional<RoadmapProgramme> programmeByCode(String code) {
            // by the id of the programme that has this code now (its code may have changed), else by its code then
            Optional<RoadmapProgramme> now = MongoRoadmapDocuments.this.programmeByCode(code);
            List<Document> states = now.isPresent()
                    ? HistoryReader.asOfByIds(mongo, RoadmapProgramme.COLLECTION, List.of(now.get().programmeId()), at)
                    : HistoryReader.asOf(mongo, RoadmapProgramme.COLLECTION, Criteria.where("code").is(code), at);
            return states.stream().findFirst().map(state -> read(RoadmapProgramme.class, state));
        }

        @Override
        public List<RoadmapProgramme> programmes(Collection<String> programmeIds) {
            return HistoryReader.asOfByIds(mongo, RoadmapProgramme.COLLECTION, programmeIds, at).stream()
                    .map(state -> read(RoadmapProgramme.class, state)).toList();
        }

        @Override
        public List<RoadmapWorkPackage> workPackagesOf(String programmeId) {
            return states(RoadmapWorkPackage.COLLECTION, Criteria.where("programmeId").is(programmeId), RoadmapWorkPackage.class);
        }

        @Override
        public Optional<RoadmapWorkPackage> workPackage(String programmeId, String code) {
            return workPackagesOf(programmeId).stream().filter(workPackage -> code.equals(workPackage.code())).findFirst();
        }

        @Override
        public List<RoadmapMilestone> milestonesOf(String programmeId) {
            return states(RoadmapMilestone.COLLECTION, Criteria.where("programmeId").is(programmeId), RoadmapMilestone.class);
        }

        @Override
        public List<RoadmapMilestone> milestonesOf(String programmeId, String workPackageCode, Collection<String> parentIds) {
            return milestonesOf(programmeId).stream().filter(milestone -> parentIds.contains(milestone.parentId())
                    || (milestone.parent() != null && workPackageCode.equals(milestone.parent().workPackageCode()))).toList();
        }

        @Override
        public List<RoadmapMilestone> expectedMilestonesNeedingAttention(String programmeId, LocalDate day) {
            Criteria criteria = programmeId == null ? new Criteria() : Criteria.where("programmeId").is(programmeId);
            return states(RoadmapMilestone.COLLECTION, criteria, RoadmapMilestone.class).stream()
                    .filter(milestone -> milestone.milestoneStatus().expectsCompletion())
                    .filter(milestone -> milestone.isOverdueOn(day) || milestone.isAtRiskOn(day)).toList();
        }

        @Override
        public List<RoadmapWorkPackage> workPackagesWithLowConfidence(String programmeId) {
            Criteria criteria = programmeId == null ? new Criteria() : Criteria.where("programmeId").is(programmeId);
            return states(RoadmapWorkPackage.COLLECTION, criteria, RoadmapWorkPackage.class).stream()
                    .filter(workPackage -> workPackage.confidence() != null
                            && ConfidenceAssessment.LOW.contains(workPackage.confidence().rating())).toList();
        }

        @Override
        public RoadmapDocuments asOf(Instant other) {
            return new AsOf(other);
        }

        private <T> List<T> states(String collection, Criteria criteria, Class<T> type) {
            return HistoryReader.asOf(mongo, collection, criteria, at).stream().map(state -> read(type, state)).toList();
        }
    }

    private <T> List<T> find(Query query, Class<T> type, String collection) {
        return mongo.find(query, Document.class, collection).stream().map(stored -> read(type, stored)).toList();
    }

    private <T> T read(Class<T> type, Document stored) {
        return mongo.getConverter().read(type, stored);
    }
}
