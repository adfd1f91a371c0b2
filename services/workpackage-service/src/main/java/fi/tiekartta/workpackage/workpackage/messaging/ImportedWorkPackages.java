package fi.tiekartta.workpackage.workpackage.messaging;

import fi.tiekartta.platform.domain.Lifecycle;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MeasureEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.domain.Text;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.workpackage.workpackage.Changed;
import fi.tiekartta.workpackage.workpackage.Measure;
import fi.tiekartta.workpackage.workpackage.NewMeasure;
import fi.tiekartta.workpackage.workpackage.WorkPackage;
import fi.tiekartta.workpackage.workpackage.WorkPackageChanges;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

/**
 * Applies the work packages and measures of an accepted roadmap import (the programme context checked
 * the whole document before accepting it). Work packages are matched by code within their programme and
 * measures by code among the active ones, so ids stay stable across re-imports; what is new is defined,
 * what differs is revised, the rest is left alone. Idempotent, so redelivery finishes a half-applied import.
 */
@Component
class ImportedWorkPackages {

    private static final Logger log = LoggerFactory.getLogger(ImportedWorkPackages.class);

    private final AggregateStore<WorkPackage> workPackages;
    private final EventJson eventJson;
    private final Clock clock;

    ImportedWorkPackages(AggregateStore<WorkPackage> workPackages, EventJson eventJson, Clock clock) {
        this.workPackages = workPackages;
        this.eventJson = eventJson;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "workpackage-service.roadmap-imports")
    void on(CloudEvent event) {
        if (RoadmapEvents.IMPORT_ACCEPTED.type().equals(event.getType())) {
            RoadmapImportAccepted accepted = eventJson.read(event, RoadmapEvents.IMPORT_ACCEPTED);
            for (ProgrammeEntry programme : accepted.document().programmes()) {
                apply(accepted, accepted.programmeIds().get(programme.code()), programme);
            }
        }
    }

    private void apply(RoadmapImportAccepted accepted, String programmeId, ProgrammeEntry programme) {
        List<WorkPackageEntry> entries = programme.workPackages() == null ? List.of() : programme.workPackages();
        // First every work package exists, so dependencies (by code in the document) can name their ids.
        Map<String, String> idsByCode = new HashMap<>();
        for (WorkPackageEntry entry : entries) {
            idsByCode.put(entry.code(), find(programmeId, entry.code()).map(Versioned::id)
                    .orElseGet(() -> define(accepted, programmeId, entry)));
        }
        for (WorkPackageEntry entry : entries) {
            String id = idsByCode.get(entry.code());
            try {
                revise(accepted, id, definition(programmeId, entry, idsByCode));
                for (MeasureEntry measure : entry.measures() == null ? List.<MeasureEntry>of() : entry.measures()) {
                    applyMeasure(accepted, id, measure);
                }
            } catch (DomainRuleViolation e) {
                log.warn("Import {}: work package {} of {} left as it is: {}", accepted.importId(), entry.code(), programme.code(), e.getMessage());
            }
        }
    }

    private String define(RoadmapImportAccepted accepted, String programmeId, WorkPackageEntry entry) {
        String id = UUID.randomUUID().toString();
        WorkPackage definition = definition(programmeId, entry, Map.of());
        Instant now = clock.instant();
        Changed defined = WorkPackageChanges.define(id, definition, accepted.acceptedBy(), now);
        try {
            workPackages.add(id, defined.after(), accepted.acceptedBy(), now, defined.events());
            return id;
        } catch (DuplicateKeyException definedMeanwhile) {
            return find(programmeId, entry.code()).map(Versioned::id).orElseThrow(() -> definedMeanwhile);
        }
    }

    private void revise(RoadmapImportAccepted accepted, String id, WorkPackage definition) {
        Versioned<WorkPackage> current = workPackages.get(id);
        Instant now = clock.instant();
        Changed revised = WorkPackageChanges.revise(id, current.state(), definition, accepted.acceptedBy(), now);
        if (!revised.events().isEmpty()) {
            workPackages.change(id, current.version(), revised.after(), accepted.acceptedBy(), now, revised.events());
        }
    }

    private void applyMeasure(RoadmapImportAccepted accepted, String id, MeasureEntry entry) {
        Versioned<WorkPackage> current = workPackages.get(id);
        Instant now = clock.instant();
        Optional<Measure> existing = current.state().measures().stream()
                .filter(measure -> measure.isActive() && measure.code().equals(entry.code())).findFirst();
        Changed changed = existing.isPresent()
                ? WorkPackageChanges.reviseMeasure(id, current.state(), existing.get().id(),
                        new NewMeasure(existing.get().id(), entry.code(), Text.fromEvent(entry.title()), entry.termIds()), accepted.acceptedBy(), now)
                : WorkPackageChanges.addMeasure(id, current.state(),
                        new NewMeasure(UUID.randomUUID().toString(), entry.code(), Text.fromEvent(entry.title()), entry.termIds()), accepted.acceptedBy(), now);
        if (!changed.events().isEmpty()) {
            workPackages.change(id, current.version(), changed.after(), accepted.acceptedBy(), now, changed.events());
        }
    }

    private Optional<Versioned<WorkPackage>> find(String programmeId, String code) {
        Query byCode = Query.query(Criteria.where(STATE + ".programmeId").is(programmeId).and(STATE + ".code").is(code));
        return workPackages.find(byCode, PageRequest.of(0, 1)).stream().findFirst();
    }

    private static WorkPackage definition(String programmeId, WorkPackageEntry entry, Map<String, String> idsByCode) {
        List<String> dependsOn = entry.dependsOn() == null ? List.of()
                : entry.dependsOn().stream().map(idsByCode::get).filter(Objects::nonNull).toList();
        return new WorkPackage(programmeId, entry.code(), Text.fromEvent(entry.title()), entry.goalCodes(), entry.termIds(), entry.owner(),
                entry.status() == null ? null : Lifecycle.valueOf(entry.status()), dependsOn, List.of(), List.of());
    }
}
