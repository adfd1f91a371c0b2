package fi.tiekartta.progress.roadmap.web;

import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.progress.history.StateHistory.AsOf;
import fi.tiekartta.progress.history.web.AsOfParameter;
import fi.tiekartta.progress.roadmap.ProgrammeRoadmap;
import fi.tiekartta.progress.roadmap.Roadmaps;
import fi.tiekartta.progress.roadmap.WorkPackageDetail;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The national roadmap of a programme and the work package view, for every reader. "Overdue" is judged on today
 * in Finnish time, or on the day asked for with {@code ?asOf=} (the views as they were then; 404 "no data as of" before
 * the programme's first event).
 */
@RestController
class RoadmapController {

    private static final String PROGRAMME_CODE = "[A-Z0-9][A-Z0-9-]{0,31}";
    private static final String WORK_PACKAGE_CODE = "[A-Z0-9][A-Z0-9.-]{0,15}";

    private final Roadmaps roadmaps;
    private final Clock clock;

    RoadmapController(Roadmaps roadmaps, Clock clock) {
        this.roadmaps = roadmaps;
        this.clock = clock;
    }

    /**
     * @param code the programme's code, e.g. SHKO
     * @param asOf an ISO date (as at the end of that Finnish day) or instant: the roadmap as it was then, "overdue"
     *             judged on that day
     */
    @GetMapping("/api/progress/programmes/{code}/roadmap")
    @PreAuthorize(Roles.CAN_READ)
    ProgrammeRoadmap roadmap(@PathVariable @Pattern(regexp = PROGRAMME_CODE,
            message = "must be a programme code: capital letters, digits and hyphens, e.g. SHKO") String code,
            @RequestParam(required = false) String asOf) {
        AsOf at = AsOfParameter.parse(asOf, clock);
        if (at == null) {
            return roadmaps.roadmap(code, today()).orElseThrow(() -> new ResourceNotFoundException("Programme", code));
        }
        return roadmaps.roadmap(code, at.day(), at.instant()).orElseThrow(() -> roadmaps.knows(code)
                ? AsOfParameter.noDataAsOf("Programme", code, at) : new ResourceNotFoundException("Programme", code));
    }

    /**
     * @param programmeCode the programme's code, e.g. SHKO
     * @param code          the work package's code within it, e.g. TP3
     * @param asOf          an ISO date or instant: the work package as it was then
     */
    @GetMapping("/api/progress/work-packages/{programmeCode}/{code}")
    @PreAuthorize(Roles.CAN_READ)
    WorkPackageDetail workPackage(@PathVariable @Pattern(regexp = PROGRAMME_CODE,
                    message = "must be a programme code: capital letters, digits and hyphens, e.g. SHKO") String programmeCode,
            @PathVariable @Pattern(regexp = WORK_PACKAGE_CODE,
                    message = "must be a work package code: capital letters, digits, dots and hyphens, e.g. TP3") String code,
            @RequestParam(required = false) String asOf) {
        AsOf at = AsOfParameter.parse(asOf, clock);
        if (at == null) {
            return roadmaps.workPackage(programmeCode, code, today())
                    .orElseThrow(() -> new ResourceNotFoundException("Work package", programmeCode + "/" + code));
        }
        return roadmaps.workPackage(programmeCode, code, at.day(), at.instant()).orElseThrow(() -> roadmaps.knows(programmeCode, code)
                ? AsOfParameter.noDataAsOf("Work package", programmeCode + "/" + code, at)
                : new ResourceNotFoundException("Work package", programmeCode + "/" + code));
    }

    private LocalDate today() {
        return FinnishTime.dateOf(clock.instant());
    }
}
