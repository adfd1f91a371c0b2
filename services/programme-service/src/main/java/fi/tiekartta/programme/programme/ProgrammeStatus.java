package fi.tiekartta.programme.programme;

import java.util.Set;

/** Where a programme is in its life. Completed and discontinued programmes stay for the record. */
public enum ProgrammeStatus {
    PLANNED, ACTIVE, COMPLETED, DISCONTINUED;

    /** The lifecycle moves forward only: planned → active → completed, and either may be discontinued. */
    public boolean canBecome(ProgrammeStatus next) {
        return next == this || switch (this) {
            case PLANNED -> Set.of(ACTIVE, DISCONTINUED).contains(next);
            case ACTIVE -> Set.of(COMPLETED, DISCONTINUED).contains(next);
            case COMPLETED, DISCONTINUED -> false;
        };
    }
}
