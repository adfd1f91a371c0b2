package fi.tiekartta.progress.roadmap.persistence;

import fi.tiekartta.kernel.milestone.MilestoneStatus;
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

    private <T> List<T> find(Query query, Class<T> type, String collection) {
        return mongo.find(query, Document.class, collection).stream().map(stored -> read(type, stored)).toList();
    }

    private <T> T read(Class<T> type, Document stored) {
        return mongo.getConverter().read(type, stored);
    }
}
