package fi.tiekartta.progress.roadmap;

import java.time.Instant;
import java.util.Set;

/**
 * A delivery confidence assessment of a work package, on the five-point scale of government major projects:
 * GREEN, AMBER_GREEN, AMBER, AMBER_RED, RED.
 */
public record ConfidenceAssessment(String rating, String previousRating, String rationale, String assessedBy,
        Instant assessedAt) {

    /** The ratings that need attention. */
    public static final Set<String> LOW = Set.of("RED", "AMBER_RED");

    public boolean isLow() {
        return LOW.contains(rating);
    }
}
