package fi.tiekartta.contracts.roadmap;

import java.time.Instant;
import java.util.Map;

/**
 * Data of {@code fi.tiekartta.roadmap.import-accepted.v1}: a roadmap document passed every check and is
 * to be applied, whole, by every context (programmes by programme-service, work packages and measures
 * by workpackage-service, milestones by milestone-service). Applying it is idempotent, so redelivery and
 * re-import change nothing. {@code programmeIds} maps each programme code to its id.
 */
public record RoadmapImportAccepted(String importId, Map<String, String> programmeIds, RoadmapDocument document,
        String acceptedBy, Instant acceptedAt) {
}
