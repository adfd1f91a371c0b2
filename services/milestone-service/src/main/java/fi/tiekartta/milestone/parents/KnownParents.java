package fi.tiekartta.milestone.parents;

import java.util.Optional;

/**
 * The programmes, work packages and measures milestones can belong to, as far as this service has learnt them
 * from the programme and work package contexts' events (never from their databases).
 */
public interface KnownParents {

    /** The id of the work package with this code in this programme, if known. */
    Optional<String> workPackageId(String programmeId, String code);

    /** The id of the active measure with this code in this work package, if known. */
    Optional<String> measureId(String workPackageId, String code);

    /** The programme with this id, if known. */
    Optional<KnownProgramme> programme(String programmeId);

    /** The work package with this id, if known. */
    Optional<KnownWorkPackage> workPackage(String workPackageId);

    /** The measure with this id, if known, whatever its status. */
    Optional<KnownMeasure> measure(String measureId);

    record KnownProgramme(String id, String code) {
    }

    record KnownWorkPackage(String id, String programmeId, String code) {
    }

    record KnownMeasure(String id, String workPackageId, String code) {
    }
}
