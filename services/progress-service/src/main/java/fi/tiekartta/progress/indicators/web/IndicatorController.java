package fi.tiekartta.progress.indicators.web;

import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.progress.history.StateHistory.AsOf;
import fi.tiekartta.progress.history.web.AsOfParameter;
import fi.tiekartta.progress.indicators.NationalIndicator;
import fi.tiekartta.progress.indicators.NationalIndicators;
import fi.tiekartta.progress.roadmap.RoadmapDocuments;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** A programme's national indicators, for every reader. */
@RestController
class IndicatorController {

    private final NationalIndicators indicators;
    private final RoadmapDocuments roadmap;
    private final Clock clock;

    IndicatorController(NationalIndicators indicators, RoadmapDocuments roadmap, Clock clock) {
        this.indicators = indicators;
        this.roadmap = roadmap;
        this.clock = clock;
    }

    /**
     * The answer: the programme's code, its indicators by the start of the observed period, and the day they are
     * shown as of (null: now).
     */
    record ProgrammeIndicators(String programmeCode, List<NationalIndicator> nationalIndicators, LocalDate asOf) {
    }

    /**
     * @param code the programme's code, e.g. SHKO
     * @param asOf an ISO date or instant: the indicators as they were then
     */
    @GetMapping("/api/progress/programmes/{code}/indicators")
    @PreAuthorize(Roles.CAN_READ)
    ProgrammeIndicators indicators(@PathVariable @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}",
            message = "must be a programme code: capital letters, digits and hyphens, e.g. SHKO") String code,
            @RequestParam(required = false) String asOf) {
        AsOf at = AsOfParameter.parse(asOf, clock);
        List<NationalIndicator> found = indicators.ofProgramme(code, at == null ? null : at.instant());
        if (found.isEmpty() && indicators.ofProgramme(code).isEmpty() && roadmap.programmeByCode(code).isEmpty()) {
            throw new ResourceNotFoundException("Programme", code);
        }
        return new ProgrammeIndicators(code, found, at == null ? null : at.day());
    }
}
