package fi.tiekartta.contracts.workpackage;

import java.time.Instant;

/** Data of {@code fi.tiekartta.work-package.revised.v1}: the definition after the change. */
public record WorkPackageRevised(WorkPackageData workPackage, String previousStatus, String revisedBy, Instant revisedAt) {
}
