package fi.tiekartta.programme.roadmapimport.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.programme.application.ProgrammeService;
import fi.tiekartta.programme.roadmapimport.RoadmapChecks;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies the programmes of an accepted roadmap import through the programme service, under the ids the import
 * gave them, on behalf of whoever imported it. Once per import event; applying is idempotent too, so a crash
 * half-way is finished by redelivery.
 */
@Component
class ImportedProgrammes {

    private static final Logger log = LoggerFactory.getLogger(ImportedProgrammes.class);

    private final ProgrammeService programmes;
    private final EventProjection projection;

    ImportedProgrammes(ProgrammeService programmes, MongoTemplate mongo, EventJson eventJson) {
        this.programmes = programmes;
        this.projection = new EventProjection(mongo, eventJson, "programme-service.roadmap-imports");
        projection.on(RoadmapEvents.IMPORT_ACCEPTED, event -> projection.once(event, () -> apply(event.data())));
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "programme-service.roadmap-imports")
    void on(CloudEvent event) {
        projection.project(event);
    }

    private void apply(RoadmapImportAccepted accepted) {
        for (ProgrammeEntry entry : accepted.document().programmes()) {
            try {
                programmes.applyImported(accepted.programmeIds().get(entry.code()), RoadmapChecks.toProgramme(entry),
                        accepted.acceptedBy());
            } catch (ConflictException | DomainRuleViolation e) {
                // the code was taken, or the programme changed, after the import was accepted: it no longer fits
                log.warn("Import {}: programme {} left as it is: {}", accepted.importId(), entry.code(), e.getMessage());
            }
        }
    }
}
