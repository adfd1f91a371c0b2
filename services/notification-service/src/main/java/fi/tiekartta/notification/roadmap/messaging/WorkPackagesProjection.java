package fi.tiekartta.notification.roadmap.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.notification.roadmap.application.RoadmapNotifications;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code work_packages} (owner, code, title, programme code; {@code _id} = work package id) and
 * {@code measures} (the work package of each measure; {@code _id} = measure id) from {@code tiekartta.work-packages.v1},
 * each document changed only by a newer event ({@code upsertIfNewer}), and hands confidence changes to
 * {@link RoadmapNotifications}, once per event. A work package's events share its key, so its definition is known
 * before its confidence changes.
 */
@Component
class WorkPackagesProjection {

    static final String WORK_PACKAGES = "work_packages";
    static final String MEASURES = "measures";

    private final EventProjection projection;

    WorkPackagesProjection(MongoTemplate mongo, EventJson eventJson, RoadmapNotifications notifications) {
        this.projection = new EventProjection(mongo, eventJson, "notification-service.work-packages");
        projection.on(WorkPackageEvents.DEFINED, event -> learn(event, event.data().workPackage()))
                .on(WorkPackageEvents.REVISED, event -> learn(event, event.data().workPackage()))
                .on(WorkPackageEvents.MEASURE_EVENTS, this::learnMeasures)
                .on(WorkPackageEvents.CONFIDENCE_CHANGED, event -> projection.once(event,
                        () -> notifications.confidenceChanged(event.id(), event.time(), event.data())));
    }

    @KafkaListener(topics = Topics.WORK_PACKAGES, groupId = "notification-service.work-packages")
    void on(CloudEvent event) {
        projection.project(event);
    }

    private void learn(ConsumedEvent<?> event, WorkPackageData workPackage) {
        Document title = workPackage.title() == null ? null : new Document("fi", workPackage.title().fi())
                .append("sv", workPackage.title().sv()).append("en", workPackage.title().en());
        projection.upsertIfNewer(WORK_PACKAGES, workPackage.workPackageId(), event, new Update()
                .set("programmeCode", workPackage.programmeCode()).set("code", workPackage.code())
                .set("title", title).set("owner", workPackage.owner()));
    }

    private void learnMeasures(ConsumedEvent<MeasureChanged> event) {
        for (MeasureData measure : event.data().measures()) {
            projection.upsertIfNewer(MEASURES, measure.measureId(), event, new Update().set("workPackageId", measure.workPackageId()));
        }
    }
}
