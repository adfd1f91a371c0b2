package fi.tiekartta.contracts.workpackage;

import java.time.Instant;

/** Data of {@code fi.tiekartta.work-package.defined.v1}. */
public record WorkPackageDefined(WorkPackageData workPackage, String definedBy, Instant definedAt) {
}
