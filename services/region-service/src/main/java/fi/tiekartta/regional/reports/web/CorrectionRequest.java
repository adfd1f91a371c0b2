package fi.tiekartta.region.reports.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A correction after the round closed, with its reason: the region sends a new {@code selfReport}, a verifier
 * a new {@code verified} value; exactly one of the two.
 */
record CorrectionRequest(@NotBlank @Size(max = 2000) String reason, @Valid ContentRequest selfReport,
        @Valid VerificationRequest verified) {

    @AssertTrue(message = "must give exactly one of selfReport (a region's correction) and verified (a verifier's)")
    boolean isOneCorrection() {
        return (selfReport == null) != (verified == null);
    }
}
