package fi.tiekartta.milestone.persistence;

import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.milestone.ImportedMilestone;
import fi.tiekartta.milestone.WaitingImports;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The imported milestones waiting for their parents, in {@code imported_milestones_waiting}, by milestone id. */
@Repository
class MongoWaitingImports implements WaitingImports {

    private final MongoTemplate mongo;

    MongoWaitingImports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("imported_milestones_waiting")
    record Waiting(@Id String milestoneId, String programmeId, String workPackageCode, MilestoneEntry entry, String acceptedBy) {

        static Waiting of(ImportedMilestone milestone) {
            return new Waiting(milestone.milestoneId(), milestone.programmeId(), milestone.workPackageCode(),
                    milestone.entry(), milestone.acceptedBy());
        }

        ImportedMilestone toImported() {
            return new ImportedMilestone(milestoneId, programmeId, workPackageCode, entry, acceptedBy);
        }
    }

    @Override
    public void save(ImportedMilestone milestone) {
        mongo.save(Waiting.of(milestone));
    }

    @Override
    public List<ImportedMilestone> all() {
        return mongo.findAll(Waiting.class).stream().map(Waiting::toImported).toList();
    }

    @Override
    public void remove(String milestoneId) {
        mongo.remove(Query.query(where("_id").is(milestoneId)), Waiting.class);
    }
}
