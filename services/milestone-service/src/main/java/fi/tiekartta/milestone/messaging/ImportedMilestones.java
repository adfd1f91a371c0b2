package fi.tiekartta.milestone.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.milestone.ImportedMilestone;
import fi.tiekartta.milestone.application.MilestoneService;
import fi.tiekartta.milestone.parents.ParentsLearnt;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.EventProjection;
import io.cloudevents.CloudEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the milestones of accepted roadmap imports, once per accepted import. A milestone whose work package
 * or measure is not known here yet waits for it ({@link MilestoneService#importing}); the waiting ones are
 * tried again whenever parents are learnt and every half minute. A milestone that breaks a milestone's rules
 * fails the import's event, to be retried and then handed to the error handler: the import's check should have
 * refused it, so that is a bug to see, not a milestone to drop.
 */
@Component
class ImportedMilestones {

    private final MilestoneService milestones;
    private final EventProjection projection;

    ImportedMilestones(MilestoneService milestones, MongoTemplate mongo, EventJson eventJson) {
        this.milestones = milestones;
        this.projection = new EventProjection(mongo, eventJson, "milestone-service.roadmap-imports");
        projection.on(RoadmapEvents.IMPORT_ACCEPTED,
                event -> projection.once(event, () -> milestones.importing(milestonesOf(event.data()))));
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "milestone-service.roadmap-imports")
    void on(CloudEvent event) {
        projection.project(event);
    }

    @EventListener(ParentsLearnt.class)
    void parentsLearnt() {
        milestones.applyWaitingImports();
    }

    @Scheduled(fixedDelayString = "${tiekartta.milestones.import-retry-interval:PT30S}")
    void retry() {
        milestones.applyWaitingImports();
    }

    private static List<ImportedMilestone> milestonesOf(RoadmapImportAccepted accepted) {
        List<ImportedMilestone> imported = new ArrayList<>();
        for (ProgrammeEntry programme : accepted.document().programmes()) {
            String programmeId = accepted.programmeIds().get(programme.code());
            for (WorkPackageEntry workPackage : nonNull(programme.workPackages())) {
                for (MilestoneEntry milestone : nonNull(workPackage.milestones())) {
                    imported.add(ImportedMilestone.of(programmeId, workPackage.code(), milestone, accepted.acceptedBy()));
                }
            }
        }
        return imported;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
