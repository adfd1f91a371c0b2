package fi.tiekartta.workpackage.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MeasureEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.workpackage.Note;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.workpackage.application.ImportedWorkPackage;
import fi.tiekartta.workpackage.application.ImportedWorkPackage.ImportedMeasure;
import fi.tiekartta.workpackage.application.WorkPackageService;
import io.cloudevents.CloudEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Applies the work packages and measures of an accepted roadmap import (the programme context checked the
 * whole document before accepting it), once per event; {@link WorkPackageService#applyImport} says how.
 */
@Component
class ImportedWorkPackages {

    private final EventProjection projection;
    private final WorkPackageService workPackages;

    ImportedWorkPackages(MongoTemplate mongo, EventJson eventJson, WorkPackageService workPackages) {
        this.workPackages = workPackages;
        EventProjection imports = new EventProjection(mongo, eventJson, "workpackage-service.roadmap-imports");
        this.projection = imports.on(RoadmapEvents.IMPORT_ACCEPTED, event -> imports.once(event, () -> apply(event.data())));
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "workpackage-service.roadmap-imports")
    void on(CloudEvent event) {
        projection.project(event);
    }

    private void apply(RoadmapImportAccepted accepted) {
        for (ProgrammeEntry programme : accepted.document().programmes()) {
            List<ImportedWorkPackage> imported = nonNull(programme.workPackages()).stream()
                    .map(entry -> toImported(programme.code(), entry)).toList();
            workPackages.applyImport(accepted.importId(), accepted.programmeIds().get(programme.code()), imported,
                    accepted.acceptedBy());
        }
    }

    private static ImportedWorkPackage toImported(String programmeCode, WorkPackageEntry entry) {
        return new ImportedWorkPackage(entry.code(), Text.fromEvent(entry.title()), entry.goalCodes(), entry.termIds(),
                entry.owner(), entry.status() == null ? null : Lifecycle.valueOf(entry.status()), entry.dependsOn(),
                nonNull(entry.measures()).stream().map(ImportedWorkPackages::toImported).toList(), programmeCode,
                nonNull(entry.notes()).stream().map(Note::fromEvent).toList(), Basis.fromEvent(entry.basis()),
                Basis.fromEvent(entry.statusBasis()));
    }

    private static ImportedMeasure toImported(MeasureEntry entry) {
        return new ImportedMeasure(entry.code(), Text.fromEvent(entry.title()), entry.termIds(), Basis.fromEvent(entry.basis()));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
