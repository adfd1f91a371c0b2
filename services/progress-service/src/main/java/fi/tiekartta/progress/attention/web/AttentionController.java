package fi.tiekartta.progress.attention.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.progress.attention.Attention;
import fi.tiekartta.progress.regional.ReportingAttention;
import fi.tiekartta.progress.roadmap.RoadmapAttention;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * {@code GET /api/progress/attention[?programme=SHKO][&withinDays=14]}: what needs attention, for every reader. A
 * read model has no commands, so the controller asks the two features' ports directly.
 */
@RestController
class AttentionController {

    private final RoadmapAttention roadmap;
    private final ReportingAttention reporting;
    private final Clock clock;

    AttentionController(RoadmapAttention roadmap, ReportingAttention reporting, Clock clock) {
        this.roadmap = roadmap;
        this.reporting = reporting;
        this.clock = clock;
    }

    @GetMapping("/api/progress/attention")
    @PreAuthorize(Roles.CAN_READ)
    Attention attention(
            @RequestParam(required = false) @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*",
                    message = "must be a programme code such as SHKO") String programme,
            @RequestParam(defaultValue = "14") @Min(0) @Max(365) int withinDays) {
        Instant now = clock.instant();
        return new Attention(programme, now, withinDays, roadmap.attention(programme),
                reporting.near(now, withinDays, programme));
    }
}
