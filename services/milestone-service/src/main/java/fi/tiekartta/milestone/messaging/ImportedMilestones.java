package fi.tiekartta.milestone.milestone.messaging;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.roadmap.RoadmapImportAccepted;
import fi.tiekartta.platform.domain.EvidenceLink;
import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.milestone.milestone.MilestoneChange;
import fi.tiekartta.milestone.milestone.MilestoneRevisions;
import fi.tiekartta.milestone.milestone.MilestoneStatus;
import fi.tiekartta.milestone.milestone.ParentKind;
import fi.tiekartta.milestone.milestone.ParentRef;
import fi.tiekartta.milestone.milestone.PeriodValue;
import fi.tiekartta.milestone.parents.messaging.KnownParents;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StaleVersionException;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.domain.Text;
import fi.tiekartta.platform.messaging.EventJson;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies the milestones of accepted roadmap imports. A document names a milestone's work package and
 * measure by code, but a milestone refers to them by id, which this service learns only from the work
 * package context's events — and those may arrive after the import. So each imported milestone waits in
 * {@code imported_milestones_waiting} until its parent is known, and is applied then: planned if new,
 * revised if different. Its id derives from the programme and the milestone's key, so a re-import finds
 * it again. Retried whenever parents are learnt and every half minute; idempotent throughout.
 */
@Component
class ImportedMilestones {

    private static final Logger log = LoggerFactory.getLogger(ImportedMilestones.class);

    private final MongoTemplate mongo;
    private final AggregateStore<Milestone> milestones;
    private final KnownParents parents;
    private final EventJson eventJson;
    private final Clock clock;

    ImportedMilestones(MongoTemplate mongo, AggregateStore<Milestone> milestones, KnownParents parents, EventJson eventJson, Clock clock) {
        this.mongo = mongo;
        this.milestones = milestones;
        this.parents = parents;
        this.eventJson = eventJson;
        this.clock = clock;
    }

    /** An imported milestone waiting for its work package (and measure) to be known here. */
    @Document("imported_milestones_waiting")
    record Waiting(@Id String milestoneId, String programmeId, String workPackageCode, MilestoneEntry entry, String acceptedBy) {
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "milestone-service.roadmap-imports")
    void on(CloudEvent event) {
        if (!RoadmapEvents.IMPORT_ACCEPTED.type().equals(event.getType())) {
            return;
        }
        RoadmapImportAccepted accepted = eventJson.read(event, RoadmapEvents.IMPORT_ACCEPTED);
        for (ProgrammeEntry programme : accepted.document().programmes()) {
            String programmeId = accepted.programmeIds().get(programme.code());
            for (WorkPackageEntry workPackage : nonNull(programme.workPackages())) {
                for (MilestoneEntry milestone : nonNull(workPackage.milestones())) {
                    mongo.save(new Waiting(milestoneId(programmeId, milestone.key()), programmeId, workPackage.code(), milestone,
                            accepted.acceptedBy()));
                }
            }
        }
        applyWaiting();
    }

    @EventListener(KnownParents.ParentsLearnt.class)
    void parentsLearnt() {
        applyWaiting();
    }

    @Scheduled(fixedDelayString = "${tiekartta.milestones.import-retry-interval:PT30S}")
    void applyWaiting() {
        for (Waiting waiting : mongo.findAll(Waiting.class)) {
            parent(waiting).ifPresent(parent -> apply(waiting, parent));
        }
    }

    private Optional<ParentRef> parent(Waiting waiting) {
        return parents.workPackageId(waiting.programmeId(), waiting.workPackageCode()).flatMap(workPackageId ->
                waiting.entry().measure() == null
                        ? Optional.of(new ParentRef(ParentKind.WORK_PACKAGE, workPackageId))
                        : parents.measureId(workPackageId, waiting.entry().measure()).map(id -> new ParentRef(ParentKind.MEASURE, id)));
    }

    private void apply(Waiting waiting, ParentRef parent) {
        String id = waiting.milestoneId();
        String actor = waiting.acceptedBy();
        Instant now = clock.instant();
        try {
            Milestone milestone = toMilestone(waiting, parent);
            Optional<Versioned<Milestone>> current = milestones.find(id);
            if (current.isEmpty()) {
                MilestoneChange planned = MilestoneRevisions.plan(id, milestone, actor, now);
                milestones.add(id, planned.milestone(), actor, now, planned.events());
            } else {
                MilestoneChange revised = MilestoneRevisions.revise(id, current.get().state(), milestone, actor, now);
                if (!revised.events().isEmpty()) {
                    milestones.change(id, current.get().version(), revised.milestone(), actor, now, revised.events());
                }
            }
            mongo.remove(waiting);
        } catch (DomainRuleViolation e) {
            log.warn("Imported milestone {} not applied: {}", waiting.entry().key(), e.getMessage());
            mongo.remove(waiting);
        } catch (DuplicateKeyException | StaleVersionException changedMeanwhile) {
            log.debug("Imported milestone {} changed meanwhile; tried again later", waiting.entry().key());
        }
    }

    private static Milestone toMilestone(Waiting waiting, ParentRef parent) {
        MilestoneEntry entry = waiting.entry();
        return new Milestone(waiting.programmeId(), parent,
                Text.fromEvent(entry.title()),
                PeriodValue.of(entry.baseline()), entry.forecast() == null ? null : PeriodValue.of(entry.forecast()),
                entry.actualDate(), entry.status() == null ? null : MilestoneStatus.valueOf(entry.status()),
                nonNull(entry.evidence()).stream().map(link -> new EvidenceLink(link.url(), link.title())).toList());
    }

    /** The same programme and key always give the same milestone. */
    static String milestoneId(String programmeId, String key) {
        return UUID.nameUUIDFromBytes((programmeId + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
