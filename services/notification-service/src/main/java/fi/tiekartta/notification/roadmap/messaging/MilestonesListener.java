package fi.tiekartta.notification.roadmap.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.notification.roadmap.application.RoadmapNotifications;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.EventProjection;
import io.cloudevents.CloudEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands {@code milestone.overdue.v1} from {@code tiekartta.milestones.v1} to {@link RoadmapNotifications}, once per
 * event. The event's {@code parent} names the work package (or the measure, whose work package
 * {@link WorkPackagesProjection} learnt), so no milestones need to be kept here.
 */
@Component
class MilestonesListener {

    private final EventProjection projection;

    MilestonesListener(MongoTemplate mongo, EventJson eventJson, RoadmapNotifications notifications) {
        this.projection = new EventProjection(mongo, eventJson, "notification-service.milestones");
        projection.on(MilestoneEvents.OVERDUE, event -> projection.once(event,
                () -> notifications.milestoneOverdue(event.id(), event.time(), event.data())));
    }

    @KafkaListener(topics = Topics.MILESTONES, groupId = "notification-service.milestones")
    void on(CloudEvent event) {
        projection.project(event);
    }
}
