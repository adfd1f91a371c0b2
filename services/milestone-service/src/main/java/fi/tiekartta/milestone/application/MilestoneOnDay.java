package fi.tiekartta.milestone.application;

import fi.tiekartta.milestone.Milestone;
import fi.tiekartta.platform.aggregate.Versioned;

import java.time.LocalDate;

/** A milestone as stored, with the (Finnish) day it is looked at on: today, or the day of an "as of" read. */
public record MilestoneOnDay(Versioned<Milestone> milestone, LocalDate day) {

    public boolean overdue() {
        return milestone.state().isOverdueOn(day);
    }
}
