package fi.tiekartta.kernel;

import java.util.Set;

/**
 * Where a programme or a work package is in its life. It moves only forward: planned → active →
 * completed, and either planned or active may be discontinued. Completed and discontinued ones stay for
 * the record.
 */
public enum Lifecycle {
    PLANNED, ACTIVE, COMPLETED, DISCONTINUED;

    public boolean canBecome(Lifecycle next) {
        return next == this || switch (this) {
            case PLANNED -> Set.of(ACTIVE, DISCONTINUED).contains(next);
            case ACTIVE -> Set.of(COMPLETED, DISCONTINUED).contains(next);
            case COMPLETED, DISCONTINUED -> false;
        };
    }
}
