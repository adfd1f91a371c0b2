package fi.tiekartta.milestone.parents.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.milestone.parents.KnownParents;
import fi.tiekartta.milestone.parents.ParentsLearnt;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
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

/**
 * Keeps {@code known_programmes} from {@code tiekartta.programmes.v1} and {@code known_work_packages} and
 * {@code known_measures} from {@code tiekartta.work-packages.v1}, and answers {@link KnownParents} from them:
 * the one owner of the mirror, its layout, what writes it and what reads it. Each document is changed only by an
 * event newer than the one it reflects (a measure by the version of the work package whose event carried it), so
 * a repeated or late event changes nothing. Announces {@link ParentsLearnt} so waiting work can retry.
 */
@Component
class KnownParentsProjection implements KnownParents {

    static final String WORK_PACKAGES = "known_work_packages";
    static final String MEASURES = "known_measures";
    static final String PROGRAMMES = "known_programmes";

    private final MongoTemplate mongo;
    private final EventProjection projection;
    private final EventProjection programmes;
    private final ApplicationEventPublisher announcements;

    KnownParentsProjection(MongoTemplate mongo, EventJson eventJson, ApplicationEventPublisher announcements) {
        this.mongo = mongo;
        this.announcements = announcements;
        this.projection = new EventProjection(mongo, eventJson, "milestone-service.parents")
                .on(WorkPackageEvents.DEFINED, event -> learn(event, event.data().workPackage()))
                .on(WorkPackageEvents.REVISED, event -> learn(event, event.data().workPackage()))
                .on(WorkPackageEvents.MEASURE_EVENTS, this::learnMeasures);
        this.programmes = new EventProjection(mongo, eventJson, "milestone-service.programmes")
                .on(ProgrammeEvents.CREATED, event -> learnProgramme(event, event.data().programmeId(), event.data().code()))
                .on(ProgrammeEvents.REVISED, event -> learnProgramme(event, event.data().programmeId(), event.data().code()));
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "milestone-service.programmes")
    void onProgramme(CloudEvent event) {
        if (programmes.project(event)) {
            announcements.publishEvent(new ParentsLearnt());
        }
    }

    @KafkaListener(topics = Topics.WORK_PACKAGES, groupId = "milestone-service.parents")
    void on(CloudEvent event) {
        if (projection.project(event)) {
            announcements.publishEvent(new ParentsLearnt());
        }
    }

    @Override
    public Optional<String> workPackageId(String programmeId, String code) {
        return id(WORK_PACKAGES, Criteria.where("programmeId").is(programmeId).and("code").is(code));
    }

    @Override
    public Optional<String> measureId(String workPackageId, String code) {
        return id(MEASURES, Criteria.where("workPackageId").is(workPackageId).and("code").is(code).and("status").is("ACTIVE"));
    }

    @Override
    public Optional<KnownProgramme> programme(String programmeId) {
        return byId(PROGRAMMES, programmeId).map(doc -> new KnownProgramme(programmeId, doc.getString("code")));
    }

    @Override
    public Optional<KnownWorkPackage> workPackage(String workPackageId) {
        return byId(WORK_PACKAGES, workPackageId)
                .map(doc -> new KnownWorkPackage(workPackageId, doc.getString("programmeId"), doc.getString("code")));
    }

    @Override
    public Optional<KnownMeasure> measure(String measureId) {
        return byId(MEASURES, measureId)
                .map(doc -> new KnownMeasure(measureId, doc.getString("workPackageId"), doc.getString("code")));
    }

    private void learnProgramme(ConsumedEvent<?> event, String programmeId, String code) {
        programmes.upsertIfNewer(PROGRAMMES, programmeId, event, new Update().set("code", code));
    }

    private void learn(ConsumedEvent<?> event, WorkPackageData workPackage) {
        projection.upsertIfNewer(WORK_PACKAGES, workPackage.workPackageId(), event,
                new Update().set("programmeId", workPackage.programmeId()).set("code", workPackage.code()));
    }

    private void learnMeasures(ConsumedEvent<MeasureChanged> event) {
        for (MeasureData measure : event.data().measures()) {
            projection.upsertIfNewer(MEASURES, measure.measureId(), event, new Update()
                    .set("workPackageId", measure.workPackageId()).set("code", measure.code()).set("status", measure.status()));
        }
    }

    private Optional<Document> byId(String collection, String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, collection));
    }

    private Optional<String> id(String collection, Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), Document.class, collection)).map(doc -> doc.getString("_id"));
    }
}
