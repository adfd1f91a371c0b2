package fi.tiekartta.regional.reports.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.regional.reports.RoundMatrix;
import fi.tiekartta.regional.reports.application.ReportService;
import fi.tiekartta.regional.reports.application.ReportsOfRound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * The round-wide listing: every cell (region asked × measure in scope) of a round with its report or MISSING,
 * as the reports stand now ({@code view=current}) or as they stood at the deadline ({@code view=deadline}).
 */
@RestController
class RoundReportsController {

    private final ReportService reports;

    RoundReportsController(ReportService reports) {
        this.reports = reports;
    }

    /** The round's id and status with its matrix. */
    record RoundReports(String roundId, String status, RoundMatrix.Matrix matrix) {

        static RoundReports of(ReportsOfRound round) {
            return new RoundReports(round.roundId(), round.roundStatus().name(), round.matrix());
        }
    }

    @GetMapping("/api/reporting-rounds/{id}/reports")
    @PreAuthorize(Roles.CAN_READ)
    RoundReports list(@PathVariable String id, @RequestParam(defaultValue = "current") String view) {
        return RoundReports.of(reports.ofRound(id, view(view)));
    }

    private static RoundMatrix.View view(String view) {
        try {
            return RoundMatrix.View.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("view is current or deadline, not " + view + ".");
        }
    }
}
