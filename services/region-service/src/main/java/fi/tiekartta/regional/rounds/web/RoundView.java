package fi.tiekartta.regional.rounds.web;

import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.keys.MeasureKey;
import fi.tiekartta.regional.keys.RegionKey;
import fi.tiekartta.regional.rounds.ReportingRound;

import java.time.Instant;
import java.util.List;

/**
 * A reporting round as the API shows it; {@code acceptingReports} is false once closed or past the deadline.
 * Next to the ids: {@code programmeCode}, {@code measures} (id, code, title; in the order of {@code measureIds})
 * and {@code regions} (code, name; in the order of {@code regionCodes}), as region-service last learnt them.
 * {@code basis} is what the round rests on: ILLUSTRATIVE for demo content, null for a real round.
 */
record RoundView(String id, String programmeId, String programmeCode, Text title, PeriodData period, Instant deadline,
        List<String> measureIds, List<MeasureKey> measures, List<String> regionCodes, List<RegionKey> regions,
        String status, boolean acceptingReports, Instant closedAt, String closedBy, String closeReason, Basis basis,
        long version, String createdBy, Instant createdAt, String lastChangedBy, Instant lastChangedAt) {

    static RoundView of(Versioned<ReportingRound> stored, Instant now, HumanKeys keys) {
        ReportingRound round = stored.state();
        return new RoundView(stored.id(), round.programmeId(), keys.programmeCode(round.programmeId()), round.title(),
                round.periodValue().toData(), round.deadline(), round.measureIds(), keys.measures(round.measureIds()),
                round.regionCodes(), keys.regions(round.regionCodes()), round.status().name(),
                round.acceptsReportsAt(now), round.closedAt(), round.closedBy(),
                round.closeReason() == null ? null : round.closeReason().name(), round.basis(), stored.version(),
                stored.createdBy(), stored.createdAt(), stored.lastChangedBy(), stored.lastChangedAt());
    }
}
