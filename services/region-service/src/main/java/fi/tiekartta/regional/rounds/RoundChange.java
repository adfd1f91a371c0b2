package fi.tiekartta.region.rounds;

import fi.tiekartta.contracts.PendingEvent;

import java.util.List;

/** A round after a command, with the events the command caused (none when it changed nothing). */
public record RoundChange(ReportingRound round, List<PendingEvent<?>> events) {

    public RoundChange {
        events = List.copyOf(events);
    }
}
