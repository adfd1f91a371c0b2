package fi.tiekartta.progress.regional.web;

import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.progress.regional.RegionView;
import fi.tiekartta.progress.regional.RegionalMatrix;
import fi.tiekartta.progress.regional.RegionalViews;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** The regional matrix and the region view, for every reader. */
@RestController
class RegionalController {

    private final RegionalViews views;
    private final Clock clock;

    RegionalController(RegionalViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    /**
     * @param programme a programme's code (SHKO)
     * @param round     a round's id: that round alone, {@code view} {@code deadline} (as reported at its deadline) or
     *                  {@code corrected} (default); without it the current state, each cell the latest across rounds
     */
    @GetMapping("/api/progress/regional-matrix")
    @PreAuthorize(Roles.CAN_READ)
    RegionalMatrix matrix(@RequestParam String programme, @RequestParam(required = false) String round,
            @RequestParam(required = false) @Pattern(regexp = "deadline|corrected", message = "must be deadline or corrected") String view) {
        if (programme.isBlank()) {
            throw new InvalidRequestException("programme: must be a programme's code, e.g. SHKO");
        }
        if (round == null) {
            if (view != null) {
                throw new InvalidRequestException("view: applies to one round only; name it with round=<id>");
            }
            return views.currentMatrix(programme).orElseThrow(() -> new ResourceNotFoundException("Programme with reporting rounds", programme));
        }
        return views.roundMatrix(programme, round, "deadline".equals(view))
                .orElseThrow(() -> new ResourceNotFoundException("Reporting round of programme " + programme, round));
    }

    /** @param code an organiser's two-digit code (09) */
    @GetMapping("/api/progress/regions/{code}")
    @PreAuthorize(Roles.CAN_READ)
    RegionView region(@PathVariable @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code") String code) {
        return views.region(code, clock.instant()).orElseThrow(() -> new ResourceNotFoundException("Region", code));
    }
}
