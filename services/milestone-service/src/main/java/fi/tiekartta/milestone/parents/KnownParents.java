package fi.tiekartta.milestone.parents;

import java.util.Optional;

/**
 * The work packages and measures milestones can belong to, as far as this service has learnt them from the
 * work package context's events (never from its database).
 */
public interface KnownParents {

    /** The id of the work package with this code in this programme, if known. */
    Optional<String> workPackageId(String programmeId, String code);

    /** The id of the active measure with this code in this work package, if known. */
    Optional<String> measureId(String workPackageId, String code);
}
