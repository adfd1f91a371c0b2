package fi.tiekartta.programme.roadmapimport.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.programme.programme.Programme;
import fi.tiekartta.programme.programme.ProgrammeRevisions;
import fi.tiekartta.programme.roadmapimport.RoadmapChecks;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies the programmes of an accepted roadmap import: each programme is defined if new and revised if
 * it differs, under the id the import gave it, on behalf of whoever imported it. Idempotent — a
 * redelivered or repeated import changes nothing — so a crash half-way is finished by redelivery.
 */
@Component
class ImportedProgrammes {

    private static final Logger log = LoggerFactory.getLogger(ImportedProgrammes.class);

    private final AggregateStore<Programme> programmes;
    private final EventJson eventJson;
    private final Clock clock;

    ImportedProgrammes(AggregateStore<Programme> programmes, EventJson eventJson, Clock clock) {
        this.programmes = programmes;
        this.eventJson = eventJson;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "programme-service.roadmap-imports")
    void on(CloudEvent event) {
        if (RoadmapEvents.IMPORT_ACCEPTED.type().equals(event.getType())) {
            RoadmapImportAccepted accepted = eventJson.read(event, RoadmapEvents.IMPORT_ACCEPTED);
            accepted.document().programmes().forEach(entry -> apply(accepted, entry));
        }
    }

    private void apply(RoadmapImportAccepted accepted, ProgrammeEntry entry) {
        String id = accepted.programmeIds().get(entry.code());
        Programme programme = RoadmapChecks.toProgramme(entry);
        String actor = accepted.acceptedBy();
        Instant now = clock.instant();
        Optional<Versioned<Programme>> current = programmes.find(id);
        try {
            if (current.isEmpty()) {
                programmes.add(id, programme, actor, now, List.of(ProgrammeRevisions.define(id, programme, actor, now)));
            } else {
                var events = ProgrammeRevisions.revise(id, current.get().state(), programme, actor, now);
                if (!events.isEmpty()) {
                    programmes.change(id, current.get().version(), programme, actor, now, events);
                }
            }
        } catch (DuplicateKeyException e) {
            // defined by an earlier delivery of this event, or the code was taken meanwhile by another programme
            log.warn("Import {}: programme {} not defined again: {}", accepted.importId(), entry.code(), e.getMessage());
        } catch (DomainRuleViolation e) {
            // the programme changed after the import was accepted and the import no longer fits it
            log.warn("Import {}: programme {} left as it is: {}", accepted.importId(), entry.code(), e.getMessage());
        }
    }
}
