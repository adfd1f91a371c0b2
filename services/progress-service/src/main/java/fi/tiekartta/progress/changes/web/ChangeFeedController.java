package fi.tiekartta.progress.changes.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.progress.changes.ChangeEntry;
import fi.tiekartta.progress.changes.ChangeFeed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What changed recently, newest first, for every reader. */
@RestController
class ChangeFeedController {

    private final ChangeFeed feed;

    ChangeFeedController(ChangeFeed feed) {
        this.feed = feed;
    }

    /**
     * @param programme a programme's code (SHKO)
     * @param region    an organiser's two-digit code (09)
     * @param kind      PROGRAMME, WORK_PACKAGE, MEASURE, MILESTONE, ROUND, REPORT or INDICATOR
     */
    @GetMapping("/api/progress/changes")
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<ChangeEntry> recent(@RequestParam(required = false) String programme,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code") String region,
            @RequestParam(required = false) @Pattern(regexp = "PROGRAMME|WORK_PACKAGE|MEASURE|MILESTONE|ROUND|REPORT|INDICATOR",
                    message = "must be PROGRAMME, WORK_PACKAGE, MEASURE, MILESTONE, ROUND, REPORT or INDICATOR") String kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new PagedModel<>(feed.recent(programme, region, kind, PageRequest.of(page, size)));
    }
}
