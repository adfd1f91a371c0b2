package fi.tiekartta.regional.reports.web;

import fi.tiekartta.regional.reports.Implementation;
import fi.tiekartta.regional.reports.ImplementationLevel;
import fi.tiekartta.regional.reports.ShareBasis;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * A verifier's verdict: the verified level (with share and basis when in use in part of the region), the
 * self-reported one when no level is given, and an optional comment.
 */
record VerificationRequest(ImplementationLevel level, @DecimalMin("0") @DecimalMax("100") Double share,
        ShareBasis shareBasis, @Size(max = 2000) String comment) {

    /** The verified value, or null to confirm the self-report. */
    Implementation value() {
        return level == null && share == null && shareBasis == null ? null : new Implementation(level, share, shareBasis);
    }
}
