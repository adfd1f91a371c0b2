package fi.tiekartta.regional.reports.web;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.regional.reports.RoundMatrix;
import fi.tiekartta.regional.reports.application.ReportService;
import fi.tiekartta.regional.reports.application.ReportsOfRound;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

    /**
     * The round's id and status, its programme's code and what it rests on ({@code basis}: ILLUSTRATIVE for demo
     * content, null for a real round), with its matrix.
     */
    record RoundReports(String roundId, String status, String programmeCode, Basis basis, RoundMatrix.Matrix matrix) {

        static RoundReports of(ReportsOfRound round) {
            return new RoundReports(round.roundId(), round.roundStatus().name(), round.programmeCode(), round.basis(),
                    round.matrix());
        }
    }

    /** The matrix; {@code region} (e.g. 09) and {@code measure} (a measure code, e.g. TP6.1) narrow it to their cells. */
    @GetMapping("/api/reporting-rounds/{id}/reports")
    @PreAuthorize(Roles.CAN_READ)
    RoundReports list(@PathVariable String id, @RequestParam(defaultValue = "current") String view,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code") String region,
            @RequestParam(required = false) @Size(max = 100) String measure) {
        return RoundReports.of(reports.ofRound(id, view(view), region, measure));
    }

    private static RoundMatrix.View view(String view) {
        try {
            return RoundMatrix.View.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("view is current or deadline, not " + view + ".");
        }
    }
}
