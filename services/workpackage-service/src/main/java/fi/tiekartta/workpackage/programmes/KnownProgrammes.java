package fi.tiekartta.workpackage.programmes;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.ProgrammeRevised;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.platform.messaging.EventAttributes;
import fi.tiekartta.platform.messaging.EventJson;
import io.cloudevents.CloudEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Keeps {@link KnownProgramme}s from {@code tiekartta.programmes.v1}; idempotent like every projection
 * (an event is applied only when newer than what is held).
 */
@Component
public class KnownProgrammes {

    private final MongoTemplate mongo;
    private final EventJson eventJson;

    KnownProgrammes(MongoTemplate mongo, EventJson eventJson) {
        this.mongo = mongo;
        this.eventJson = eventJson;
    }

    public Optional<KnownProgramme> find(String programmeId) {
        return Optional.ofNullable(mongo.findById(programmeId, KnownProgramme.class));
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "workpackage-service.programmes")
    void on(CloudEvent event) {
        if (ProgrammeEvents.CREATED.type().equals(event.getType())) {
            ProgrammeCreated created = eventJson.read(event, ProgrammeEvents.CREATED);
            apply(created.programmeId(), created.code(), created.goals(), created.termIds(), EventAttributes.aggregateVersion(event));
        } else if (ProgrammeEvents.REVISED.type().equals(event.getType())) {
            ProgrammeRevised revised = eventJson.read(event, ProgrammeEvents.REVISED);
            apply(revised.programmeId(), revised.code(), revised.goals(), revised.termIds(), EventAttributes.aggregateVersion(event));
        }
    }

    private void apply(String programmeId, String code, List<StrategicGoalData> goals, List<String> termIds, long version) {
        Update update = new Update().set("code", code)
                .set("goalCodes", goals == null ? List.of() : goals.stream().map(StrategicGoalData::code).toList())
                .set("termIds", termIds == null ? List.of() : termIds)
                .set("aggregateVersion", version);
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(programmeId).and("aggregateVersion").lt(version)), update, KnownProgramme.class);
        } catch (DuplicateKeyException alreadyApplied) {
            // a summary at this version or newer exists: the event was seen before
        }
    }
}
