package fi.tiekartta.progress.programmes;

import fi.tiekartta.platform.persistence.MongoPages;
import fi.tiekartta.platform.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The programmes in the shared picture of progress, for every reader. */
@RestController
class ProgrammeSummaryController {

    private final MongoTemplate mongo;

    ProgrammeSummaryController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/api/progress/programmes")
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<ProgrammeSummary> programmes(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new PagedModel<>(MongoPages.find(mongo, new Query(), PageRequest.of(page, size, Sort.by("code")), ProgrammeSummary.class));
    }
}
