package fi.tiekartta.progress.programmes.messaging;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.ProgrammeRevised;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.progress.programmes.ProgrammeSummary;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps {@link ProgrammeSummary}s up to date from the programme topic. Idempotent: a summary is changed only by
 * an event newer than the one it reflects, so a redelivered or older event changes nothing.
 */
@Component
class ProgrammeProjection {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeProjection.class);

    private final EventProjection projection;

    ProgrammeProjection(MongoTemplate mongo, EventJson eventJson) {
        this.projection = new EventProjection(mongo, eventJson, "progress-service.programmes")
                .on(ProgrammeEvents.CREATED, this::created)
                .on(ProgrammeEvents.REVISED, this::revised);
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "${tiekartta.progress.group-prefix:progress-service}.programmes")
    void on(CloudEvent event) {
        if (!projection.project(event)) {
            log.debug("Ignoring event {} of type {}: not part of the programme summary", event.getId(), event.getType());
        }
    }

    private void created(ConsumedEvent<ProgrammeCreated> event) {
        ProgrammeCreated created = event.data();
        Update update = programme(created.code(), created.names(), created.level(), created.ownerOrganisation(),
                created.status() == null ? "PLANNED" : created.status(), created.termIds() == null ? List.of() : created.termIds())
                .set("createdAt", created.createdAt())
                .set("lastChangedAt", event.time() == null ? created.createdAt() : event.time());
        projection.upsertIfNewer(ProgrammeSummary.COLLECTION, created.programmeId(), event, update);
    }

    private void revised(ConsumedEvent<ProgrammeRevised> event) {
        ProgrammeRevised revised = event.data();
        Update update = programme(revised.code(), revised.names(), revised.level(), revised.ownerOrganisation(),
                revised.status(), revised.termIds())
                .set("lastChangedAt", revised.revisedAt());
        projection.upsertIfNewer(ProgrammeSummary.COLLECTION, revised.programmeId(), event, update);
    }

    /** What both events say about the programme as it now is. */
    private static Update programme(String code, LocalizedText names, String level, String ownerOrganisation, String status,
            List<String> termIds) {
        return new Update().set("code", code).set("names", names).set("level", level)
                .set("ownerOrganisation", ownerOrganisation).set("status", status).set("termIds", termIds);
    }
}
