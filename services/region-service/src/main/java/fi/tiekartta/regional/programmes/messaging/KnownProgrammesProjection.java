package fi.tiekartta.regional.programmes.messaging;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.regional.programmes.ProgrammeCatalogue;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ProgrammeCatalogue#COLLECTION} from the programme events on {@code tiekartta.programmes.v1}: a
 * created or revised programme carries its code and names whole, so its document is set to what the event
 * says, and only by an event newer than the one it reflects.
 */
@Component
class KnownProgrammesProjection {

    private final EventProjection projection;

    KnownProgrammesProjection(MongoTemplate mongo, EventJson eventJson) {
        this.projection = new EventProjection(mongo, eventJson, "region-service.programmes")
                .on(ProgrammeEvents.CREATED, event -> learn(event, event.data().programmeId(), event.data().code(),
                        event.data().names()))
                .on(ProgrammeEvents.REVISED, event -> learn(event, event.data().programmeId(), event.data().code(),
                        event.data().names()));
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "region-service.programmes")
    void on(CloudEvent event) {
        projection.project(event);
    }

    private void learn(ConsumedEvent<?> event, String programmeId, String code, LocalizedText names) {
        Update update = new Update().set("code", code).set("names", names == null ? null
                : new Document("fi", names.fi()).append("sv", names.sv()).append("en", names.en())
                        .append("original", names.original()));
        projection.upsertIfNewer(ProgrammeCatalogue.COLLECTION, programmeId, event, update);
    }
}
