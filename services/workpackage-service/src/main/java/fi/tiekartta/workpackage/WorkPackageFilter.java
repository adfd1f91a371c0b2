package fi.tiekartta.workpackage;

import fi.tiekartta.kernel.Lifecycle;

/**
 * Which work packages a list shows; a criterion that is null filters nothing.
 *
 * @param term       a government term the work package spans, e.g. 2023-2027
 * @param confidence its current delivery confidence (the latest assessment)
 */
public record WorkPackageFilter(String programmeId, String term, Lifecycle status, DeliveryConfidence confidence,
        String owner) {

    /** Whether the work package's current confidence is the one asked for (or none was asked for). */
    public boolean confidenceMatches(WorkPackage workPackage) {
        return confidence == null || workPackage.confidence().filter(current -> current.rating() == confidence).isPresent();
    }
}
