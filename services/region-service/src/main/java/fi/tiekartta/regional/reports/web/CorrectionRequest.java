package fi.tiekartta.regional.reports.web;

import fi.tiekartta.regional.reports.Correction;
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

    /** Which correction this is: it decides who may make it ({@link ReportingPolicy#canCorrect}). */
    public Correction.Kind kind() {
        return selfReport != null ? Correction.Kind.SELF_REPORT : Correction.Kind.VERIFIED;
    }
}
