package fi.tiekartta.workpackage.workpackage;

import java.util.Set;

/** Where a work package is in its life; it moves only forward. */
public enum WorkPackageStatus {
    PLANNED, ACTIVE, COMPLETED, DISCONTINUED;

    public boolean canBecome(WorkPackageStatus next) {
        return next == this || switch (this) {
            case PLANNED -> Set.of(ACTIVE, DISCONTINUED).contains(next);
            case ACTIVE -> Set.of(COMPLETED, DISCONTINUED).contains(next);
            case COMPLETED, DISCONTINUED -> false;
        };
    }
}
