package fi.tiekartta.progress.programmes.web;

import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.progress.programmes.ProgrammeSummaries;
import fi.tiekartta.progress.programmes.ProgrammeSummary;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The programmes in the shared picture of progress, for every reader. The read model has no commands, so no application service. */
@RestController
class ProgrammeSummaryController {

    private final ProgrammeSummaries summaries;

    ProgrammeSummaryController(ProgrammeSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/progress/programmes")
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<ProgrammeSummary> programmes(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new PagedModel<>(summaries.inCodeOrder(PageRequest.of(page, size)));
    }
}
