package fi.tiekartta.contracts.workpackage;

import java.time.Instant;

/**
 * Data of {@code fi.tiekartta.work-package.confidence-changed.v1}: a new delivery confidence assessment
 * on the five-point scale of government major projects (GREEN, AMBER_GREEN, AMBER, AMBER_RED, RED).
 * {@code previousRating} is null for the first assessment. {@code programmeCode} (added compatibly) is the
 * programme's code as the work package service last learnt it.
 */
public record ConfidenceChanged(String workPackageId, String programmeId, String code, String rating,
        String previousRating, String rationale, String assessedBy, Instant assessedAt, String programmeCode) {
}
