package fi.tiekartta.progress.regional.web;

import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.progress.history.StateHistory.AsOf;
import fi.tiekartta.progress.history.web.AsOfParameter;
import fi.tiekartta.progress.indicators.NationalIndicators;
import fi.tiekartta.progress.regional.RegionView;
import fi.tiekartta.progress.regional.RegionalMatrix;
import fi.tiekartta.progress.regional.RegionalViews;
import jakarta.validation.constraints.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The regional matrix (with the programme's national indicators beside it) and the region view, for every reader;
 * the current matrix and the region view also as they were at a past time ({@code ?asOf=}).
 */
@RestController
class RegionalController {

    private final RegionalViews views;
    private final ObjectProvider<NationalIndicators> indicators;
    private final Clock clock;

    RegionalController(RegionalViews views, ObjectProvider<NationalIndicators> indicators, Clock clock) {
        this.views = views;
        this.indicators = indicators;
        this.clock = clock;
    }

    /**
     * @param programme a programme's code (SHKO)
     * @param round     a round's id: that round alone, {@code view} {@code deadline} (as reported at its deadline) or
     *                  {@code corrected} (default); without it the current state, each cell the latest across rounds
     * @param asOf      an ISO date or instant: the current state as it was then (not with {@code round})
     */
    @GetMapping("/api/progress/regional-matrix")
    @PreAuthorize(Roles.CAN_READ)
    RegionalMatrix matrix(@RequestParam String programme, @RequestParam(required = false) String round,
            @RequestParam(required = false) @Pattern(regexp = "deadline|corrected", message = "must be deadline or corrected") String view,
            @RequestParam(required = false) String asOf) {
        if (programme.isBlank()) {
            throw new InvalidRequestException("programme: must be a programme's code, e.g. SHKO");
        }
        AsOf at = AsOfParameter.parse(asOf, clock);
        if (round == null) {
            if (view != null) {
                throw new InvalidRequestException("view: applies to one round only; name it with round=<id>");
            }
            if (at == null) {
                return withIndicators(views.currentMatrix(programme)
                        .orElseThrow(() -> new ResourceNotFoundException("Programme with reporting rounds", programme)), null);
            }
            return withIndicators(views.currentMatrix(programme, at.instant()).orElseThrow(() -> views.currentMatrix(programme).isPresent()
                    ? AsOfParameter.noDataAsOf("Programme with reporting rounds", programme, at)
                    : new ResourceNotFoundException("Programme with reporting rounds", programme)), at.instant());
        }
        if (at != null) {
            throw new InvalidRequestException("asOf: applies to the current matrix only; a round is shown as at its deadline "
                    + "with view=deadline");
        }
        return withIndicators(views.roundMatrix(programme, round, "deadline".equals(view))
                .orElseThrow(() -> new ResourceNotFoundException("Reporting round of programme " + programme, round)), null);
    }

    /**
     * @param code an organiser's two-digit code (09)
     * @param asOf an ISO date or instant: the region's reporting as it was then, what it owed judged then
     */
    @GetMapping("/api/progress/regions/{code}")
    @PreAuthorize(Roles.CAN_READ)
    RegionView region(@PathVariable @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code") String code,
            @RequestParam(required = false) String asOf) {
        AsOf at = AsOfParameter.parse(asOf, clock);
        if (at == null) {
            return views.region(code, clock.instant()).orElseThrow(() -> new ResourceNotFoundException("Region", code));
        }
        Instant then = at.instant().isAfter(clock.instant()) ? clock.instant() : at.instant();
        return views.region(code, then, at.instant()).orElseThrow(() -> views.region(code, clock.instant()).isPresent()
                ? AsOfParameter.noDataAsOf("Region", code, at) : new ResourceNotFoundException("Region", code));
    }

    private RegionalMatrix withIndicators(RegionalMatrix matrix, Instant asOf) {
        NationalIndicators port = indicators.getIfAvailable();
        return port == null ? matrix : matrix.withNationalIndicators(List.copyOf(port.ofProgramme(matrix.programmeCode(), asOf)));
    }
}
