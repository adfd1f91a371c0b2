package fi.tiekartta.kernel.milestone;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a milestone stands. Planned, on track and at risk are open and may change into one another or into
 * a final status; achieved, missed and cancelled are final.
 */
public enum MilestoneStatus {
    PLANNED, ON_TRACK, AT_RISK, ACHIEVED, MISSED, CANCELLED;

    /** Planned, on track and at risk: the statuses in which a milestone can become overdue. */
    public static List<MilestoneStatus> open() {
        return Arrays.stream(values()).filter(status -> !status.isFinal()).toList();
    }

    public boolean isFinal() {
        return this == ACHIEVED || this == MISSED || this == CANCELLED;
    }

    /** An open milestone may take any status; a final one keeps its own. */
    public boolean canBecome(MilestoneStatus next) {
        return next == this || !isFinal();
    }

    /** "planned", "on track", …, as messages name it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "a planned milestone", "an achieved milestone". */
    public String aMilestone() {
        return ("aeiou".indexOf(label().charAt(0)) >= 0 ? "an " : "a ") + label() + " milestone";
    }
}
