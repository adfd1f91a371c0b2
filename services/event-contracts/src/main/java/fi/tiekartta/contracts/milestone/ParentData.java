package fi.tiekartta.contracts.milestone;

/**
 * What a milestone belongs to, as events carry it.
 *
 * @param kind {@code WORK_PACKAGE} or {@code MEASURE}
 * @param id              the work package's or measure's id in workpackage-service
 * @param code            its code (TP3, TP3.2), as last learnt from workpackage-service's events
 * @param workPackageCode the code of the work package: its own, or the measure's work package's
 */
public record ParentData(String kind, String id, String code, String workPackageCode) {
}
