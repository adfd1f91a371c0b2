package fi.tiekartta.contracts.workpackage;

import java.time.Instant;
import java.util.List;

/**
 * Data of the measure events ({@code fi.tiekartta.measure.added.v1}, {@code …revised.v1},
 * {@code …split.v1}, {@code …merged.v1}, {@code …dropped.v1}): every measure the change touched, as it
 * is after the change (a split names the split measure and the new ones, a merge the merged ones and
 * the result), with the reason where one was given. {@code workPackageCode} and {@code programmeCode} are the
 * human keys of the work package and its programme (added compatibly; producers always send them).
 */
public record MeasureChanged(String workPackageId, String programmeId, List<MeasureData> measures, String reason,
        String changedBy, Instant changedAt, String workPackageCode, String programmeCode) {
}
