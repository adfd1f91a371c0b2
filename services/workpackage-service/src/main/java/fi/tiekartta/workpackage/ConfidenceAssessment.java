package fi.tiekartta.workpackage;

import fi.tiekartta.kernel.DomainRuleViolation;

import java.time.Instant;
import java.util.Objects;

/** One assessment of delivery confidence: the rating, why, by whom and when. */
public record ConfidenceAssessment(DeliveryConfidence rating, String rationale, String assessedBy, Instant assessedAt) {

    public ConfidenceAssessment {
        Objects.requireNonNull(rating, "rating");
        if (rationale == null || rationale.isBlank()) {
            throw new DomainRuleViolation("A delivery confidence rating needs its rationale.");
        }
        rationale = rationale.strip();
    }
}
