package fi.tiekartta.contracts;

import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.contracts.term.GovernmentTermEvents;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;

import java.util.List;
import java.util.Optional;

/** Every event type Tiekartta publishes. A new type is added here, with its schema, or it is not published. */
public final class EventCatalog {

    public static final List<EventContract<?>> ALL = List.of(
            ProgrammeEvents.CREATED,
            ProgrammeEvents.REVISED,
            GovernmentTermEvents.ADDED,
            GovernmentTermEvents.CHANGED,
            RoadmapEvents.IMPORT_ACCEPTED,
            WorkPackageEvents.DEFINED,
            WorkPackageEvents.REVISED,
            WorkPackageEvents.CONFIDENCE_CHANGED,
            WorkPackageEvents.MEASURE_ADDED,
            WorkPackageEvents.MEASURE_REVISED,
            WorkPackageEvents.MEASURE_SPLIT,
            WorkPackageEvents.MEASURES_MERGED,
            WorkPackageEvents.MEASURE_DROPPED,
            MilestoneEvents.PLANNED,
            MilestoneEvents.REVISED,
            MilestoneEvents.ACHIEVED,
            MilestoneEvents.MISSED,
            MilestoneEvents.CANCELLED,
            MilestoneEvents.OVERDUE,
            ReportingEvents.ROUND_OPENED,
            ReportingEvents.ROUND_REVISED,
            ReportingEvents.ROUND_CLOSED,
            ReportingEvents.REPORT_SUBMITTED,
            ReportingEvents.REPORT_VERIFIED,
            ReportingEvents.REPORT_RETURNED,
            ReportingEvents.REPORT_REVISED,
            ReportingEvents.INDICATOR_RECORDED,
            ReportingEvents.INDICATOR_CORRECTED);

    /**
     * The types outside systems may subscribe to: the public contract, described by the AsyncAPI document and kept
     * compatible within a version (docs/event-versioning.md). A roadmap import's acceptance is internal: it carries a
     * whole roadmap document for the services to apply, and its shape follows the import format, not the contract.
     * Integrations skip types they do not know, so an internal type on a public topic does not disturb them.
     */
    public static final List<EventContract<?>> PUBLIC = ALL.stream()
            .filter(contract -> contract != RoadmapEvents.IMPORT_ACCEPTED)
            .toList();

    private EventCatalog() {
    }

    /** Whether the type is part of the public contract (see {@link #PUBLIC}). */
    public static boolean isPublic(String type) {
        return PUBLIC.stream().anyMatch(contract -> contract.type().equals(type));
    }

    public static Optional<EventContract<?>> byType(String type) {
        return ALL.stream().filter(contract -> contract.type().equals(type)).findFirst();
    }
}
