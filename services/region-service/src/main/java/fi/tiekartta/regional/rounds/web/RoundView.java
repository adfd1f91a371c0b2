package fi.tiekartta.regional.rounds.web;

import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.regional.rounds.ReportingRound;

import java.time.Instant;
import java.util.List;

/** A reporting round as the API shows it; {@code acceptingReports} is false once closed or past the deadline. */
record RoundView(String id, String programmeId, Text title, PeriodData period, Instant deadline, List<String> measureIds,
        List<String> regionCodes, String status, boolean acceptingReports, Instant closedAt, String closedBy,
        String closeReason, long version, String createdBy, Instant createdAt, String lastChangedBy,
        Instant lastChangedAt) {

    static RoundView of(Versioned<ReportingRound> stored, Instant now) {
        ReportingRound round = stored.state();
        return new RoundView(stored.id(), round.programmeId(), round.title(), round.periodValue().toData(),
                round.deadline(), round.measureIds(), round.regionCodes(), round.status().name(),
                round.acceptsReportsAt(now), round.closedAt(), round.closedBy(),
                round.closeReason() == null ? null : round.closeReason().name(), stored.version(), stored.createdBy(),
                stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
