package fi.tiekartta.region.reports.web;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.region.reports.RegionalReport;
import fi.tiekartta.region.reports.RoundMatrix;
import fi.tiekartta.region.rounds.ReportingRound;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The round-wide listing: every cell (region asked × measure in scope) of a round with its report or MISSING,
 * as the reports stand now ({@code view=current}) or as they stood at the deadline ({@code view=deadline}).
 */
@RestController
class RoundReportsController {

    private final AggregateStore<RegionalReport> reports;
    private final AggregateStore<ReportingRound> rounds;

    RoundReportsController(AggregateStore<RegionalReport> reports, AggregateStore<ReportingRound> rounds) {
        this.reports = reports;
        this.rounds = rounds;
    }

    record RoundReports(String roundId, String status, RoundMatrix.Matrix matrix) {
    }

    @GetMapping("/api/reporting-rounds/{id}/reports")
    @PreAuthorize(Roles.CAN_READ)
    RoundReports list(@PathVariable String id, @RequestParam(defaultValue = "current") String view) {
        RoundMatrix.View shown = view(view);
        ReportingRound round = rounds.get(id).state();
        int cells = round.regionCodes().size() * round.measureIds().size();
        Map<String, RegionalReport> byId = new LinkedHashMap<>();
        for (Versioned<RegionalReport> report : reports.find(StateFilter.where().is("roundId", id).sortedBy("_id"),
                PageRequest.of(0, cells))) {
            byId.put(report.id(), report.state());
        }
        return new RoundReports(id, round.status().name(), RoundMatrix.of(round, byId, shown));
    }

    private static RoundMatrix.View view(String view) {
        try {
            return RoundMatrix.View.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("view is current or deadline, not " + view + ".");
        }
    }
}
