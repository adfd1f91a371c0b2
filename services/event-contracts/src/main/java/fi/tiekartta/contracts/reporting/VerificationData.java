package fi.tiekartta.contracts.reporting;

import java.time.Instant;

/** The ministry's verified value of a report, kept beside the region's own: level, share and basis as verified. */
public record VerificationData(String level, Double share, String shareBasis, String comment, String verifiedBy,
        Instant verifiedAt) {
}
