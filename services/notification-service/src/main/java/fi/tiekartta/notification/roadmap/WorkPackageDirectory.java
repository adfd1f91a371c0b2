package fi.tiekartta.notification.roadmap;

import java.util.Optional;

/** The work packages and measures learnt from {@code tiekartta.work-packages.v1}. */
public interface WorkPackageDirectory {

    Optional<KnownWorkPackage> workPackage(String workPackageId);

    /** The id of the work package a measure belongs to. */
    Optional<String> workPackageOfMeasure(String measureId);
}
