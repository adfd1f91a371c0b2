package fi.tiekartta.milestone.parents.messaging;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.platform.messaging.EventJson;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps {@code known_work_packages} and {@code known_measures} from {@code tiekartta.work-packages.v1}.
 * Events of one work package arrive in order (keyed by its id), so each one simply sets what it says;
 * applying one twice changes nothing. Announces {@link ParentsLearnt} so waiting work can retry.
 */
@Component
public class KnownParents {

    static final String WORK_PACKAGES = "known_work_packages";
    static final String MEASURES = "known_measures";
    private static final Set<String> MEASURE_TYPES = Set.of(WorkPackageEvents.MEASURE_ADDED.type(),
            WorkPackageEvents.MEASURE_REVISED.type(), WorkPackageEvents.MEASURE_SPLIT.type(),
            WorkPackageEvents.MEASURES_MERGED.type(), WorkPackageEvents.MEASURE_DROPPED.type());

    private final MongoTemplate mongo;
    private final EventJson eventJson;
    private final ApplicationEventPublisher announcements;

    KnownParents(MongoTemplate mongo, EventJson eventJson, ApplicationEventPublisher announcements) {
        this.mongo = mongo;
        this.eventJson = eventJson;
        this.announcements = announcements;
    }

    /** A signal that parents were learnt: work waiting for them may now go on. */
    public record ParentsLearnt() {
    }

    /** The id of the work package with this code in this programme, if known. */
    public Optional<String> workPackageId(String programmeId, String code) {
        return id(WORK_PACKAGES, Criteria.where("programmeId").is(programmeId).and("code").is(code));
    }

    /** The id of the active measure with this code in this work package, if known. */
    public Optional<String> measureId(String workPackageId, String code) {
        return id(MEASURES, Criteria.where("workPackageId").is(workPackageId).and("code").is(code).and("status").is("ACTIVE"));
    }

    @KafkaListener(topics = Topics.WORK_PACKAGES, groupId = "milestone-service.parents")
    void on(CloudEvent event) {
        if (WorkPackageEvents.DEFINED.type().equals(event.getType())) {
            learn(eventJson.read(event, WorkPackageEvents.DEFINED).workPackage());
        } else if (WorkPackageEvents.REVISED.type().equals(event.getType())) {
            learn(eventJson.read(event, WorkPackageEvents.REVISED).workPackage());
        } else if (MEASURE_TYPES.contains(event.getType())) {
            MeasureChanged changed = eventJson.read(event, measureContract(event.getType()));
            changed.measures().forEach(this::learn);
        } else {
            return;
        }
        announcements.publishEvent(new ParentsLearnt());
    }

    private void learn(WorkPackageData workPackage) {
        mongo.upsert(Query.query(Criteria.where("_id").is(workPackage.workPackageId())),
                new Update().set("programmeId", workPackage.programmeId()).set("code", workPackage.code()), WORK_PACKAGES);
    }

    private void learn(MeasureData measure) {
        mongo.upsert(Query.query(Criteria.where("_id").is(measure.measureId())),
                new Update().set("workPackageId", measure.workPackageId()).set("code", measure.code()).set("status", measure.status()),
                MEASURES);
    }

    private Optional<String> id(String collection, Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), Document.class, collection)).map(doc -> doc.getString("_id"));
    }

    private static EventContract<MeasureChanged> measureContract(String type) {
        return Stream.of(WorkPackageEvents.MEASURE_ADDED, WorkPackageEvents.MEASURE_REVISED, WorkPackageEvents.MEASURE_SPLIT,
                        WorkPackageEvents.MEASURES_MERGED, WorkPackageEvents.MEASURE_DROPPED)
                .filter(contract -> contract.type().equals(type)).findFirst().orElseThrow();
    }
}
