package fi.tiekartta.milestone.milestone;

import fi.tiekartta.contracts.PendingEvent;

import java.util.List;

/** A milestone after a command, with the events the command caused (none when it changed nothing). */
public record MilestoneChange(Milestone milestone, List<PendingEvent<?>> events) {

    public MilestoneChange {
        events = List.copyOf(events);
    }
}
