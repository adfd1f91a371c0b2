package fi.tiekartta.kernel.milestone;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a milestone stands. Planned, on track and at risk are open and may change into one another or into
 * a final status; achieved, missed and cancelled are final.
 * <p>
 * {@link #NOT_RECORDED} says that the milestone's time has passed and no one has recorded how it ended: the
 * sources of an imported historical roadmap often do not say whether an item was done. It is open (a user
 * resolves it: achieved, cancelled, or replanned with a new forecast), but it is not late, so it is never
 * overdue: "what is late" is not flooded with false alarms.
 */
public enum MilestoneStatus {
    PLANNED, ON_TRACK, AT_RISK, NOT_RECORDED, ACHIEVED, MISSED, CANCELLED;

    /** Every status that is not final: the statuses a milestone can still leave. */
    public static List<MilestoneStatus> open() {
        return Arrays.stream(values()).filter(status -> !status.isFinal()).toList();
    }

    /** Planned, on track and at risk: the statuses in which a milestone becomes overdue when its forecast ends. */
    public static List<MilestoneStatus> expectingCompletion() {
        return Arrays.stream(values()).filter(MilestoneStatus::expectsCompletion).toList();
    }

    public boolean isFinal() {
        return this == ACHIEVED || this == MISSED || this == CANCELLED;
    }

    /** Open and not {@link #NOT_RECORDED}: someone expects it to be reached by the end of its forecast. */
    public boolean expectsCompletion() {
        return !isFinal() && this != NOT_RECORDED;
    }

    /** An open milestone may take any status; a final one keeps its own. */
    public boolean canBecome(MilestoneStatus next) {
        return next == this || !isFinal();
    }

    /** "planned", "on track", "completion not recorded", …, as messages name it. */
    public String label() {
        return this == NOT_RECORDED ? "completion not recorded" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** "a planned milestone", "an achieved milestone", "a milestone whose completion is not recorded". */
    public String aMilestone() {
        if (this == NOT_RECORDED) {
            return "a milestone whose completion is not recorded";
        }
        return ("aeiou".indexOf(label().charAt(0)) >= 0 ? "an " : "a ") + label() + " milestone";
    }
}
