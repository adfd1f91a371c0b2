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

    private EventCatalog() {
    }

    public static Optional<EventContract<?>> byType(String type) {
        return ALL.stream().filter(contract -> contract.type().equals(type)).findFirst();
    }
}
