package fi.tiekartta.progress.indicators.messaging;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.reporting.NationalIndicatorChanged;
import fi.tiekartta.contracts.reporting.NationalIndicatorData;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.history.messaging.HistoryWriter;
import fi.tiekartta.progress.indicators.NationalIndicator;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps one document per national indicator ({@link NationalIndicator#COLLECTION}, {@code _id} the indicator's id)
 * from {@code national-indicator.recorded.v1} and {@code ….corrected.v1}: both carry the whole indicator, so the
 * document is replaced, through {@link EventProjection#upsertIfNewer} by the indicator's version (a redelivered or
 * older event changes nothing). Each state is also appended to its history (valid from the event's time), and each
 * applied event recorded once in the change feed (kind {@code INDICATOR}).
 */
@Component
class NationalIndicatorProjection {

    static final String CONSUMER = "progress-service.indicators";
    private static final Logger log = LoggerFactory.getLogger(NationalIndicatorProjection.class);

    private final MongoTemplate mongo;
    private final ChangeFeed changes;
    private final EventProjection projection;

    NationalIndicatorProjection(MongoTemplate mongo, EventJson eventJson, ChangeFeed changes) {
        this.mongo = mongo;
        this.changes = changes;
        this.projection = new EventProjection(mongo, eventJson, CONSUMER)
                .on(ReportingEvents.INDICATOR_RECORDED, event -> changed(event,
                        new LocalizedText("kansallinen indikaattori kirjattu", "nationell indikator registrerad",
                                "national indicator recorded", "fi")))
                .on(ReportingEvents.INDICATOR_CORRECTED, event -> changed(event,
                        new LocalizedText("kansallista indikaattoria korjattu", "nationell indikator korrigerad",
                                "national indicator corrected", "fi")));
        mongo.indexOps(NationalIndicator.COLLECTION).createIndex(new Index().on("programmeCode", Sort.Direction.ASC));
        mongo.indexOps(NationalIndicator.COLLECTION).createIndex(new Index().on("measureId", Sort.Direction.ASC));
        HistoryWriter.index(mongo, NationalIndicator.COLLECTION, "programmeCode");
        HistoryWriter.index(mongo, NationalIndicator.COLLECTION, "measureId");
    }

    @KafkaListener(topics = Topics.REGIONAL_REPORTING, groupId = "${tiekartta.progress.group-prefix:progress-service}.indicators")
    void on(CloudEvent event) {
        if (!projection.project(event)) {
            log.debug("Ignoring event {} of type {}: not a national indicator", event.getId(), event.getType());
        }
    }

    private void changed(ConsumedEvent<NationalIndicatorChanged> event, LocalizedText summary) {
        NationalIndicatorChanged changed = event.data();
        NationalIndicatorData indicator = changed.indicator();
        Instant at = event.time() != null ? event.time() : changed.changedAt();
        Update update = new Update()
                .set("indicatorId", indicator.indicatorId())
                .set("programmeId", indicator.programmeId())
                .set("programmeCode", indicator.programmeCode())
                .set("measureId", indicator.measureId())
                .set("measureCode", indicator.measureCode())
                .set("title", indicator.title())
                .set("observedPeriod", indicator.observedPeriod())
                .set("unitOfObservation", indicator.unitOfObservation())
                .set("total", indicator.total())
                .set("categories", indicator.categories() == null ? List.of() : indicator.categories())
                .set("source", indicator.source())
                .set("note", indicator.note())
                .set("basis", indicator.basis())
                .set("changedBy", changed.changedBy())
                .set("changedAt", changed.changedAt());
        boolean applied = projection.upsertIfNewer(NationalIndicator.COLLECTION, indicator.indicatorId(), event, update);
        HistoryWriter.append(mongo, NationalIndicator.COLLECTION, indicator.indicatorId(), event, at);
        if (applied) {
            changes.record(new ChangeEntry(event.id(), event.type(), "INDICATOR", indicator.indicatorId(),
                    indicator.measureCode() != null ? indicator.measureCode() : indicator.programmeCode(), indicator.title(),
                    summary, indicator.programmeId(), indicator.programmeCode(), null, changed.changedBy(), at));
        }
    }
}
