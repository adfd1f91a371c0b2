package fi.tiekartta.progress.programmes;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.ProgrammeRevised;
import fi.tiekartta.platform.messaging.EventAttributes;
import fi.tiekartta.platform.messaging.EventJson;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps {@link ProgrammeSummary}s up to date from the programme topic. Idempotent: each write is
 * conditional on the event being newer than the summary, so a redelivered event is a no-op.
 */
@Component
class ProgrammeProjection {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeProjection.class);

    private final MongoTemplate mongo;
    private final EventJson eventJson;

    ProgrammeProjection(MongoTemplate mongo, EventJson eventJson) {
        this.mongo = mongo;
        this.eventJson = eventJson;
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "progress-service.programmes")
    void on(CloudEvent event) {
        if (ProgrammeEvents.CREATED.type().equals(event.getType())) {
            created(eventJson.read(event, ProgrammeEvents.CREATED), EventAttributes.aggregateVersion(event), event);
        } else if (ProgrammeEvents.REVISED.type().equals(event.getType())) {
            revised(eventJson.read(event, ProgrammeEvents.REVISED), EventAttributes.aggregateVersion(event));
        } else {
            log.debug("Ignoring event {} of type {}: not part of the programme summary", event.getId(), event.getType());
        }
    }

    private void created(ProgrammeCreated created, long version, CloudEvent event) {
        Update update = new Update()
                .set("code", created.code())
                .set("names", created.names())
                .set("level", created.level())
                .set("ownerOrganisation", created.ownerOrganisation())
                .set("status", created.status() == null ? "PLANNED" : created.status())
                .set("termIds", created.termIds() == null ? List.of() : created.termIds())
                .set("createdAt", created.createdAt())
                .set("aggregateVersion", version)
                .set("lastChangedAt", event.getTime() == null ? created.createdAt() : event.getTime().toInstant());
        applyIfNewer(created.programmeId(), version, update);
    }

    private void revised(ProgrammeRevised revised, long version) {
        Update update = new Update()
                .set("code", revised.code())
                .set("names", revised.names())
                .set("level", revised.level())
                .set("ownerOrganisation", revised.ownerOrganisation())
                .set("status", revised.status())
                .set("termIds", revised.termIds())
                .set("aggregateVersion", version)
                .set("lastChangedAt", revised.revisedAt());
        applyIfNewer(revised.programmeId(), version, update);
    }

    /**
     * Upserts the summary only where it is older than {@code version}. Where a summary at this version
     * or newer exists, the filter matches nothing and the upsert's insert collides on the id: that is
     * the duplicate being recognised, not an error.
     */
    private void applyIfNewer(String programmeId, long version, Update update) {
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(programmeId).and("aggregateVersion").lt(version));
        try {
            mongo.upsert(olderOrAbsent, update, ProgrammeSummary.class);
        } catch (DuplicateKeyException alreadyApplied) {
            log.debug("Programme {} already reflects version {} or later", programmeId, version);
        }
    }
}
