package fi.tiekartta.progress.roadmap.messaging;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.milestone.MilestoneOverdue;
import fi.tiekartta.contracts.milestone.MilestonePlanned;
import fi.tiekartta.contracts.milestone.MilestoneRevised;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.ProgrammeRevised;
import fi.tiekartta.contracts.workpackage.ConfidenceChanged;
import fi.tiekartta.contracts.workpackage.MeasureChanged;
import fi.tiekartta.contracts.workpackage.MeasureData;
import fi.tiekartta.contracts.workpackage.WorkPackageData;
import fi.tiekartta.contracts.workpackage.WorkPackageDefined;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.contracts.workpackage.WorkPackageRevised;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.platform.projection.ConsumedEvent;
import fi.tiekartta.platform.projection.EventProjection;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import fi.tiekartta.progress.history.messaging.HistoryWriter;
import fi.tiekartta.progress.roadmap.ConfidenceAssessment;
import fi.tiekartta.progress.roadmap.RoadmapMeasure;
import fi.tiekartta.progress.roadmap.RoadmapMilestone;
import fi.tiekartta.progress.roadmap.RoadmapProgramme;
import fi.tiekartta.progress.roadmap.RoadmapWorkPackage;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Keeps the roadmap's documents from the programme, work package and milestone topics (consumer group
 * {@code progress-service.roadmap}): one document per programme, per work package (with its measures and
 * confidence history: one aggregate, one version sequence) and per milestone, each changed only through
 * {@link EventProjection#upsertIfNewer}, so a redelivered or older event changes nothing. Events of different
 * aggregates may come in any order: documents are read by the programme's id, so a milestone that arrives before
 * its work package is shown under it once the work package arrives. Each applied event is recorded in the change feed.
 */
@Component
class RoadmapProjection {

    static final String GROUP = "progress-service.roadmap";
    private static final Logger log = LoggerFactory.getLogger(RoadmapProjection.class);

    private final EventProjection projection;
    private final ChangeFeed changes;
    private final MongoTemplate mongo;

    RoadmapProjection(MongoTemplate mongo, EventJson eventJson, ChangeFeed changes) {
        this.changes = changes;
        this.mongo = mongo;
        HistoryWriter.index(mongo, RoadmapProgramme.COLLECTION, "code");
        HistoryWriter.index(mongo, RoadmapWorkPackage.COLLECTION, "programmeId");
        HistoryWriter.index(mongo, RoadmapMilestone.COLLECTION, "programmeId");
        this.projection = new EventProjection(mongo, eventJson, GROUP)
                .on(ProgrammeEvents.CREATED, this::programmeCreated)
                .on(ProgrammeEvents.REVISED, this::programmeRevised)
                .on(WorkPackageEvents.DEFINED, this::workPackageDefined)
                .on(WorkPackageEvents.REVISED, this::workPackageRevised)
                .on(WorkPackageEvents.CONFIDENCE_CHANGED, this::confidenceChanged)
                .on(WorkPackageEvents.MEASURE_EVENTS, this::measuresChanged)
                .on(MilestoneEvents.PLANNED, this::milestonePlanned)
                .on(List.of(MilestoneEvents.REVISED, MilestoneEvents.ACHIEVED, MilestoneEvents.MISSED, MilestoneEvents.CANCELLED),
                        this::milestoneChanged)
                .on(MilestoneEvents.OVERDUE, this::milestoneOverdue);
    }

    @KafkaListener(topics = Topics.PROGRAMMES, groupId = "${tiekartta.progress.group-prefix:progress-service}.roadmap")
    void onProgramme(CloudEvent event) {
        project(event);
    }

    @KafkaListener(topics = Topics.WORK_PACKAGES, groupId = "${tiekartta.progress.group-prefix:progress-service}.roadmap")
    void onWorkPackage(CloudEvent event) {
        project(event);
    }

    @KafkaListener(topics = Topics.MILESTONES, groupId = "${tiekartta.progress.group-prefix:progress-service}.roadmap")
    void onMilestone(CloudEvent event) {
        project(event);
    }

    private void project(CloudEvent event) {
        if (!projection.project(event)) {
            log.debug("Ignoring event {} of type {}: not part of the roadmap", event.getId(), event.getType());
        }
    }

    /**
     * {@link EventProjection#upsertIfNewer}, then the state it produced appended to the document's history, valid from
     * the event's time (or, without one, the change's {@code lastChangedAt}): what the views as of a past time read.
     */
    private boolean upsert(String collection, String documentId, ConsumedEvent<?> event, Update update) {
        boolean applied = projection.upsertIfNewer(collection, documentId, event, update);
        Instant validFrom = event.time();
        if (validFrom == null && update.getUpdateObject().get("$set") instanceof org.bson.Document set
                && set.get("lastChangedAt") instanceof Instant changedAt) {
            validFrom = changedAt;
        }
        HistoryWriter.append(mongo, collection, documentId, event, validFrom);
        return applied;
    }

    // --- programmes -------------------------------------------------------------------------------------------

    private void programmeCreated(ConsumedEvent<ProgrammeCreated> event) {
        ProgrammeCreated data = event.data();
        Instant at = event.time() != null ? event.time() : data.createdAt();
        Update update = new Update().set("programmeId", data.programmeId()).set("code", data.code()).set("names", data.names())
                .set("level", data.level()).set("ownerOrganisation", data.ownerOrganisation()).set("vision", data.vision())
                .set("goals", list(data.goals())).set("themes", list(data.themes())).set("termIds", list(data.termIds()))
                .set("status", data.status() == null ? "PLANNED" : data.status()).set("statusBasis", data.statusBasis())
                .set("basis", data.basis()).set("period", data.period()).set("origin", data.origin())
                .set("relations", list(data.relations())).set("lastChangedAt", at);
        if (upsert(RoadmapProgramme.COLLECTION, data.programmeId(), event, update)) {
            record(event, "PROGRAMME", data.programmeId(), data.code(), data.names(), data.programmeId(), data.code(),
                    text("ohjelma määritelty", "programmet definierat", "programme defined"), data.createdBy(), at);
        }
    }

    private void programmeRevised(ConsumedEvent<ProgrammeRevised> event) {
        ProgrammeRevised data = event.data();
        Update update = new Update().set("programmeId", data.programmeId()).set("code", data.code()).set("names", data.names())
                .set("level", data.level()).set("ownerOrganisation", data.ownerOrganisation()).set("vision", data.vision())
                .set("goals", list(data.goals())).set("themes", list(data.themes())).set("termIds", list(data.termIds()))
                .set("status", data.status()).set("statusBasis", data.statusBasis()).set("basis", data.basis())
                .set("period", data.period()).set("origin", data.origin()).set("relations", list(data.relations()))
                .set("lastChangedAt", data.revisedAt());
        if (upsert(RoadmapProgramme.COLLECTION, data.programmeId(), event, update)) {
            LocalizedText summary = Objects.equals(data.previousStatus(), data.status())
                    ? text("ohjelmaa muutettu", "programmet ändrat", "programme revised")
                    : statusChange(data.previousStatus(), data.status());
            record(event, "PROGRAMME", data.programmeId(), data.code(), data.names(), data.programmeId(), data.code(),
                    summary, data.revisedBy(), data.revisedAt());
        }
    }

    // --- work packages and measures ---------------------------------------------------------------------------

    private void workPackageDefined(ConsumedEvent<WorkPackageDefined> event) {
        WorkPackageData workPackage = event.data().workPackage();
        if (upsert(RoadmapWorkPackage.COLLECTION, workPackage.workPackageId(), event,
                definition(workPackage, event.data().definedAt()))) {
            record(event, "WORK_PACKAGE", workPackage.workPackageId(), workPackage.code(), workPackage.title(),
                    workPackage.programmeId(), workPackage.programmeCode(),
                    text("työpaketti määritelty", "arbetspaketet definierat", "work package defined"), event.data().definedBy(),
                    event.data().definedAt());
        }
    }

    private void workPackageRevised(ConsumedEvent<WorkPackageRevised> event) {
        WorkPackageData workPackage = event.data().workPackage();
        if (upsert(RoadmapWorkPackage.COLLECTION, workPackage.workPackageId(), event,
                definition(workPackage, event.data().revisedAt()))) {
            LocalizedText summary = Objects.equals(event.data().previousStatus(), workPackage.status())
                    ? text("työpakettia muutettu", "arbetspaketet ändrat", "work package revised")
                    : statusChange(event.data().previousStatus(), workPackage.status());
            record(event, "WORK_PACKAGE", workPackage.workPackageId(), workPackage.code(), workPackage.title(),
                    workPackage.programmeId(), workPackage.programmeCode(), summary, event.data().revisedBy(),
                    event.data().revisedAt());
        }
    }

    private static Update definition(WorkPackageData workPackage, Instant at) {
        Update update = new Update().set("workPackageId", workPackage.workPackageId())
                .set("programmeId", workPackage.programmeId()).set("code", workPackage.code()).set("title", workPackage.title())
                .set("goalCodes", list(workPackage.goalCodes())).set("termIds", list(workPackage.termIds()))
                .set("owner", workPackage.owner()).set("status", workPackage.status())
                .set("statusBasis", workPackage.statusBasis()).set("dependsOn", list(workPackage.dependsOn()))
                .set("notes", list(workPackage.notes())).set("basis", workPackage.basis()).set("lastChangedAt", at);
        if (workPackage.programmeCode() != null) {
            update.set("programmeCode", workPackage.programmeCode());
        }
        return update;
    }

    private void confidenceChanged(ConsumedEvent<ConfidenceChanged> event) {
        ConfidenceChanged data = event.data();
        ConfidenceAssessment assessment = new ConfidenceAssessment(data.rating(), data.previousRating(), data.rationale(),
                data.assessedBy(), data.assessedAt());
        Update update = new Update().set("workPackageId", data.workPackageId()).set("programmeId", data.programmeId())
                .set("confidence", assessment).push("confidenceHistory", assessment).set("lastChangedAt", data.assessedAt());
        if (data.programmeCode() != null) {
            update.set("programmeCode", data.programmeCode());
        }
        if (upsert(RoadmapWorkPackage.COLLECTION, data.workPackageId(), event, update)) {
            LocalizedText summary = data.previousRating() == null
                    ? text("toteutusvarmuus: " + data.rating(), "leveranssäkerhet: " + data.rating(), "delivery confidence: " + data.rating())
                    : text("toteutusvarmuus: " + data.previousRating() + " → " + data.rating(),
                            "leveranssäkerhet: " + data.previousRating() + " → " + data.rating(),
                            "delivery confidence: " + data.previousRating() + " → " + data.rating());
            record(event, "WORK_PACKAGE", data.workPackageId(), data.code(), null, data.programmeId(), data.programmeCode(),
                    summary, data.assessedBy(), data.assessedAt());
        }
    }

    private void measuresChanged(ConsumedEvent<MeasureChanged> event) {
        MeasureChanged data = event.data();
        Update update = new Update().set("workPackageId", data.workPackageId()).set("programmeId", data.programmeId())
                .set("lastChangedAt", data.changedAt());
        if (data.programmeCode() != null) {
            update.set("programmeCode", data.programmeCode());
        }
        for (MeasureData measure : list(data.measures())) {
            update.set("measures." + measure.measureId(), new RoadmapMeasure(measure.measureId(), measure.code(),
                    measure.title(), list(measure.termIds()), measure.status(), list(measure.predecessors()),
                    list(measure.successors()), measure.basis()));
        }
        if (upsert(RoadmapWorkPackage.COLLECTION, data.workPackageId(), event, update)) {
            List<MeasureData> measures = list(data.measures());
            MeasureData first = measures.isEmpty() ? null : measures.get(0);
            String codes = measures.stream().map(MeasureData::code).filter(Objects::nonNull).collect(Collectors.joining(", "));
            record(event, "MEASURE", first == null ? data.workPackageId() : first.measureId(), codes.isEmpty() ? null : codes,
                    first == null ? null : first.title(), data.programmeId(), data.programmeCode(), measureSummary(event.type()),
                    data.changedBy(), data.changedAt());
        }
    }

    private static LocalizedText measureSummary(String type) {
        if (type.equals(WorkPackageEvents.MEASURE_ADDED.type())) {
            return text("toimenpide lisätty", "åtgärd tillagd", "measure added");
        }
        if (type.equals(WorkPackageEvents.MEASURE_SPLIT.type())) {
            return text("toimenpide jaettu", "åtgärden delad", "measure split");
        }
        if (type.equals(WorkPackageEvents.MEASURES_MERGED.type())) {
            return text("toimenpiteet yhdistetty", "åtgärderna sammanslagna", "measures merged");
        }
        if (type.equals(WorkPackageEvents.MEASURE_DROPPED.type())) {
            return text("toimenpide luovuttu", "åtgärden slopad", "measure dropped");
        }
        return text("toimenpidettä muutettu", "åtgärden ändrad", "measure revised");
    }

    // --- milestones -------------------------------------------------------------------------------------------

    private void milestonePlanned(ConsumedEvent<MilestonePlanned> event) {
        MilestonePlanned data = event.data();
        Update update = milestone(data.milestoneId(), data.code(), data.programmeId(), data.programmeCode(), data.parent(),
                data.title(), data.baseline(), data.forecast(), data.status(), data.plannedAt())
                .set("actual", data.actual()).set("evidence", list(data.evidence())).set("basis", data.basis());
        if (upsert(RoadmapMilestone.COLLECTION, data.milestoneId(), event, update)) {
            LocalizedText summary = "PLANNED".equals(data.status())
                    ? text("virstanpylväs suunniteltu", "milstolpen planerad", "milestone planned")
                    : statusSummary(data.status());
            record(event, "MILESTONE", data.milestoneId(), data.code(), data.title(), data.programmeId(), data.programmeCode(),
                    summary, data.plannedBy(), data.plannedAt());
        }
    }

    private void milestoneChanged(ConsumedEvent<MilestoneRevised> event) {
        MilestoneRevised data = event.data();
        Update update = milestone(data.milestoneId(), data.code(), data.programmeId(), data.programmeCode(), data.parent(),
                data.title(), data.baseline(), data.forecast(), data.status(), data.revisedAt())
                .set("actual", data.actual()).set("evidence", list(data.evidence())).set("basis", data.basis());
        if (!Objects.equals(data.previousForecast(), data.forecast()) || !"OPEN".equals(openOrFinal(data.status()))) {
            update.unset("overdueDetectedOn"); // a new forecast is due anew; a final milestone is late no more
        }
        if (upsert(RoadmapMilestone.COLLECTION, data.milestoneId(), event, update)) {
            LocalizedText summary = event.type().equals(MilestoneEvents.REVISED.type())
                    ? (Objects.equals(data.previousStatus(), data.status())
                            ? text("virstanpylvästä muutettu", "milstolpen ändrad", "milestone revised")
                            : statusSummary(data.status()))
                    : statusSummary(data.status());
            record(event, "MILESTONE", data.milestoneId(), data.code(), data.title(), data.programmeId(), data.programmeCode(),
                    summary, data.revisedBy(), data.revisedAt());
        }
    }

    private void milestoneOverdue(ConsumedEvent<MilestoneOverdue> event) {
        MilestoneOverdue data = event.data();
        Update update = milestone(data.milestoneId(), data.code(), data.programmeId(), data.programmeCode(), data.parent(),
                data.title(), data.baseline(), data.forecast(), data.status(), data.detectedAt())
                .set("overdueDetectedOn", data.detectedOn());
        if (upsert(RoadmapMilestone.COLLECTION, data.milestoneId(), event, update)) {
            record(event, "MILESTONE", data.milestoneId(), data.code(), data.title(), data.programmeId(), data.programmeCode(),
                    text("myöhässä", "försenad", "overdue"), null, data.detectedAt());
        }
    }

    /** What every milestone event says about it, with the periods' last days to query and order by. */
    private static Update milestone(String milestoneId, String code, String programmeId, String programmeCode,
            fi.tiekartta.contracts.milestone.ParentData parent, LocalizedText title, PeriodData baseline, PeriodData forecast,
            String status, Instant at) {
        return new Update().set("milestoneId", milestoneId).set("code", code).set("programmeId", programmeId)
                .set("programmeCode", programmeCode).set("parent", parent).set("title", title).set("baseline", baseline)
                .set("forecast", forecast).set("status", status)
                .set("forecastEnd", end(forecast != null ? forecast : baseline)).set("baselineEnd", end(baseline))
                .set("lastChangedAt", at);
    }

    /** The period's last day, {@link Period#OPEN_END} when it is open-ended; null if it cannot be read. */
    private static LocalDate end(PeriodData period) {
        if (period == null || period.value() == null) {
            return null;
        }
        try {
            return Period.parse(period.value()).end();
        } catch (IllegalArgumentException unreadable) {
            return period.end();
        }
    }

    private static String openOrFinal(String status) {
        return "ACHIEVED".equals(status) || "MISSED".equals(status) || "CANCELLED".equals(status) ? "FINAL" : "OPEN";
    }

    private static LocalizedText statusSummary(String status) {
        return switch (status == null ? "" : status) {
            case "ACHIEVED" -> text("saavutettu", "uppnådd", "achieved");
            case "MISSED" -> text("ei saavutettu", "missad", "missed");
            case "CANCELLED" -> text("peruttu", "inställd", "cancelled");
            case "AT_RISK" -> text("vaarassa", "i fara", "at risk");
            case "ON_TRACK" -> text("aikataulussa", "enligt plan", "on track");
            case "NOT_RECORDED" -> text("toteutumista ei kirjattu", "genomförandet inte registrerat", "completion not recorded");
            case "PLANNED" -> text("suunniteltu", "planerad", "planned");
            default -> text("tila: " + status, "status: " + status, "status: " + status);
        };
    }

    private static LocalizedText statusChange(String from, String to) {
        String change = (from == null ? "" : from + " → ") + to;
        return text("tila: " + change, "status: " + change, "status: " + change);
    }

    // --- the change feed --------------------------------------------------------------------------------------

    private void record(ConsumedEvent<?> event, String kind, String subjectId, String subjectCode, LocalizedText title,
            String programmeId, String programmeCode, LocalizedText summary, String by, Instant at) {
        changes.record(new ChangeEntry(event.id(), event.type(), kind, subjectId, subjectCode, title, summary, programmeId,
                programmeCode, workPackageCode(event.data(), kind, subjectCode), null, by,
                event.time() != null ? event.time() : at));
    }

    /** The work package an entry concerns: its own code, its measures', or its milestones' (and its measures'). */
    private static String workPackageCode(Object data, String kind, String subjectCode) {
        if ("WORK_PACKAGE".equals(kind)) {
            return subjectCode;
        }
        fi.tiekartta.contracts.milestone.ParentData parent = null;
        if (data instanceof MilestonePlanned planned) {
            parent = planned.parent();
        } else if (data instanceof MilestoneRevised revised) {
            parent = revised.parent();
        } else if (data instanceof MilestoneOverdue overdue) {
            parent = overdue.parent();
        } else if (data instanceof MeasureChanged measures) {
            return measures.workPackageCode();
        }
        return parent == null ? null : parent.workPackageCode();
    }

    private static LocalizedText text(String fi, String sv, String en) {
        return new LocalizedText(fi, sv, en);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
