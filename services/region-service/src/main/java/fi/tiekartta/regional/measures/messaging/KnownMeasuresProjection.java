package fi.tiekartta.regional.measures.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link MeasureCatalogue#COLLECTION} from the measure events on {@code tiekartta.work-packages.v1}
 * ({@link WorkPackageEvents#MEASURE_EVENTS}). Each event carries the measures it touched whole, so applying
 * one sets what it says about each; a measure's document takes an event only if it is newer (by the work
 * package's version) than the one it reflects, so a repeated or late event changes nothing.
 */
@Component
class KnownMeasuresProjection {

    private final MongoTemplate mongo;
    private final EventProjection projection;

    KnownMeasuresProjection(MongoTemplate mongo, EventJson eventJson) {
        this.mongo = mongo;
        this.projection = new EventProjection(mongo, eventJson, "region-service.measures")
                .on(WorkPackageEvents.MEASURE_EVENTS, this::learn);
    }

    @KafkaListener(topics = Topics.WORK_PACKAGES, groupId = "region-service.measures")
    void on(CloudEvent event) {
        projection.project(event);
    }

    private void learn(ConsumedEvent<MeasureChanged> event) {
        for (MeasureData measure : event.data().measures()) {
            KnownMeasure known = new KnownMeasure(measure.measureId(), measure.programmeId(), measure.workPackageId(),
                    measure.code(), Text.fromEvent(measure.title()), measure.status());
            projection.upsertIfNewer(MeasureCatalogue.COLLECTION, known.measureId(), event, asUpdate(known));
        }
    }

    /** Sets every field of the measure as the catalogue reads it back (the converter writes the shape once). */
    private Update asUpdate(KnownMeasure measure) {
        Document fields = new Document();
        mongo.getConverter().write(measure, fields);
        fields.remove("_class");
        Update update = new Update();
        fields.forEach(update::set);
        return update;
    }
}
