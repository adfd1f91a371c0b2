package fi.tiekartta.contracts.workpackage;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;

import java.util.List;

/** Events of work packages and their measures, on {@link Topics#WORK_PACKAGES} keyed by work package id. */
public final class WorkPackageEvents {

    public static final EventContract<WorkPackageDefined> DEFINED =
            new EventContract<>("fi.tiekartta.work-package.defined.v1", Topics.WORK_PACKAGES, WorkPackageDefined.class);
    public static final EventContract<WorkPackageRevised> REVISED =
            new EventContract<>("fi.tiekartta.work-package.revised.v1", Topics.WORK_PACKAGES, WorkPackageRevised.class);
    public static final EventContract<ConfidenceChanged> CONFIDENCE_CHANGED =
            new EventContract<>("fi.tiekartta.work-package.confidence-changed.v1", Topics.WORK_PACKAGES, ConfidenceChanged.class);
    public static final EventContract<MeasureChanged> MEASURE_ADDED =
            new EventContract<>("fi.tiekartta.measure.added.v1", Topics.WORK_PACKAGES, MeasureChanged.class);
    public static final EventContract<MeasureChanged> MEASURE_REVISED =
            new EventContract<>("fi.tiekartta.measure.revised.v1", Topics.WORK_PACKAGES, MeasureChanged.class);
    public static final EventContract<MeasureChanged> MEASURE_SPLIT =
            new EventContract<>("fi.tiekartta.measure.split.v1", Topics.WORK_PACKAGES, MeasureChanged.class);
    public static final EventContract<MeasureChanged> MEASURES_MERGED =
            new EventContract<>("fi.tiekartta.measure.merged.v1", Topics.WORK_PACKAGES, MeasureChanged.class);
    public static final EventContract<MeasureChanged> MEASURE_DROPPED =
            new EventContract<>("fi.tiekartta.measure.dropped.v1", Topics.WORK_PACKAGES, MeasureChanged.class);

    /** Every event about measures: each carries the measures it touched, whole. */
    public static final List<EventContract<MeasureChanged>> MEASURE_EVENTS =
            List.of(MEASURE_ADDED, MEASURE_REVISED, MEASURE_SPLIT, MEASURES_MERGED, MEASURE_DROPPED);

    private WorkPackageEvents() {
    }
}
