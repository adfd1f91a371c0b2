package fi.tiekartta.regional.reports;

import java.time.Instant;
import java.util.Objects;

/** The verified value of a report, kept beside the region's self-report: what the verifier confirmed, with a note. */
public record Verification(Implementation value, String comment, String verifiedBy, Instant verifiedAt) {

    public Verification {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(verifiedBy, "verifiedBy");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
