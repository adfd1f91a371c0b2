package fi.tiekartta.progress.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the roadmap projection keeps. Every method is one query on {@code _id} or an indexed key.
 */
public interface RoadmapDocuments {

    Optional<RoadmapProgramme> programmeByCode(String code);

    /** The programmes with these ids (for the human keys of attention items). */
    List<RoadmapProgramme> programmes(Collection<String> programmeIds);

    /** The programme's work packages, defined or not yet (their measure or confidence events may come first). */
    List<RoadmapWorkPackage> workPackagesOf(String programmeId);

    Optional<RoadmapWorkPackage> workPackage(String programmeId, String code);

    /** Every milestone of the programme. */
    List<RoadmapMilestone> milestonesOf(String programmeId);

    /** The programme's milestones of one work package: those whose parent is one of {@code parentIds} or names its code. */
    List<RoadmapMilestone> milestonesOf(String programmeId, String workPackageCode, Collection<String> parentIds);

    /**
     * Milestones that may need attention on the day: expected (planned, on track, at risk) and either at risk,
     * slipped, or with a forecast ended before the day; of one programme, or of all when {@code programmeId} is null.
     */
    List<RoadmapMilestone> expectedMilestonesNeedingAttention(String programmeId, LocalDate day);

    /**
     * The same reads over the documents as they were at {@code at}: per document, its latest state valid then (from
     * the earlier states the projection keeps); a document with no state by then is absent.
     */
    default RoadmapDocuments asOf(Instant at) {
        throw new UnsupportedOperationException("no earlier states are kept");
    }

    /** Work packages whose latest confidence is RED or AMBER_RED; of one programme, or of all when null. */
    List<RoadmapWorkPackage> workPackagesWithLowConfidence(String programmeId);
}
