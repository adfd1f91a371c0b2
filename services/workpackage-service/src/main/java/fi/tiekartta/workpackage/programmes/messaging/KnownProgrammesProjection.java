package fi.tiekartta.workpackage.programmes.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.workpackage.programmes.KnownProgramme;
import io.cloudevents.CloudEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps {@link KnownProgramme#COLLECTION} from the programme events on {@code tiekartta.programmes.v1}: a
 * created or revised programme carries its code, goals and terms whole, so its document is set to what the
 * event says, and only by an event newer than the one it reflects.
 */
@Component
class KnownProgrammesProjection {

    private final EventProjection projection;

    KnownProgrammesProjection(MongoTemplate mongo, EventJson eventJson) {
        this.projection = new EventProjection(mongo, eventJson, "workpackage-service.programmes")
                .on(ProgrammeEvents.CREATED, event -> learn(event, event.data().programmeId(), event.data().code(),
                        event.data().goals(), event.data().termIds()))
                .on(ProgrammeEvents.REVISED, event -> learn(event, event.data().programmeId(), event.data().code(),
                        event.data().goals(), event.data().termIds()));
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "workpackage-service.programmes")
    void on(CloudEvent event) {
        projection.project(event);
    }

    private void learn(ConsumedEvent<?> event, String programmeId, String code, List<StrategicGoalData> goals,
            List<String> termIds) {
        Update update = new Update().set("code", code)
                .set("goalCodes", goals == null ? List.of() : goals.stream().map(StrategicGoalData::code).toList())
                .set("termIds", termIds == null ? List.of() : termIds);
        projection.upsertIfNewer(KnownProgramme.COLLECTION, programmeId, event, update);
    }
}
