package fi.tiekartta.region.reports;

import fi.tiekartta.contracts.PendingEvent;

import java.util.List;

/** A report after a command, with the events the command caused (a draft's edits cause none). */
public record ReportChange(RegionalReport report, List<PendingEvent<?>> events) {

    public ReportChange {
        events = List.copyOf(events);
    }
}
