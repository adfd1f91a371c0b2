package fi.tiekartta.contracts.milestone;

/**
 * What a milestone belongs to, as events carry it.
 *
 * @param kind {@code WORK_PACKAGE} or {@code MEASURE}
 * @param id   the work package's or measure's id in workpackage-service
 */
public record ParentData(String kind, String id) {
}
