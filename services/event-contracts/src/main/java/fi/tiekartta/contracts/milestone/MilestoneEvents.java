package fi.tiekartta.contracts.milestone;

import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.Topics;

/**
 * Events of the milestone context, published on {@link Topics#MILESTONES} keyed by milestone id. One change
 * of a milestone causes at most one event: reaching a final status (achieved, missed, cancelled) has a type
 * of its own, any other change is a revision; the overdue check causes {@link #OVERDUE}.
 */
public final class MilestoneEvents {

    /** A milestone was created. */
    public static final EventContract<MilestonePlanned> PLANNED =
            new EventContract<>("fi.tiekartta.milestone.planned.v1", Topics.MILESTONES, MilestonePlanned.class);
    /** Its title, periods, evidence or open status (planned, on track, at risk) changed. */
    public static final EventContract<MilestoneRevised> REVISED =
            new EventContract<>("fi.tiekartta.milestone.revised.v1", Topics.MILESTONES, MilestoneRevised.class);
    /** It became achieved, with the date it was achieved. */
    public static final EventContract<MilestoneRevised> ACHIEVED =
            new EventContract<>("fi.tiekartta.milestone.achieved.v1", Topics.MILESTONES, MilestoneRevised.class);
    /** It became missed: it will not be achieved as planned. */
    public static final EventContract<MilestoneRevised> MISSED =
            new EventContract<>("fi.tiekartta.milestone.missed.v1", Topics.MILESTONES, MilestoneRevised.class);
    /** It became cancelled: it is no longer pursued. */
    public static final EventContract<MilestoneRevised> CANCELLED =
            new EventContract<>("fi.tiekartta.milestone.cancelled.v1", Topics.MILESTONES, MilestoneRevised.class);
    /** Its forecast period ended while it was still open; sent once per forecast. */
    public static final EventContract<MilestoneOverdue> OVERDUE =
            new EventContract<>("fi.tiekartta.milestone.overdue.v1", Topics.MILESTONES, MilestoneOverdue.class);

    private MilestoneEvents() {
    }
}
