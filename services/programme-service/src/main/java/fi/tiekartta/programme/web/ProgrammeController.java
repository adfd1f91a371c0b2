package fi.tiekartta.programme.web;

import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.Locations;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.ProgrammeFilter;
import fi.tiekartta.programme.ProgrammeLevel;
import fi.tiekartta.programme.application.ProgrammeService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<ProgrammeView> define(@Valid @RequestBody ProgrammeRequest request) {
        Versioned<Programme> stored = programmes.define(request.toProgramme(), Actor.current().username());
        return ResponseEntity.created(Locations.ofNew(stored.id()))
                .eTag(ETags.of(stored.version())).body(ProgrammeView.of(stored));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<ProgrammeView> revise(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ProgrammeRequest request) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<Programme> stored = programmes.revise(id, expectedVersion, request.toProgramme(), Actor.current().username());
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(ProgrammeView.of(stored));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<ProgrammeView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        Versioned<Programme> programme = programmes.get(id, asOf);
        return ResponseEntity.ok().eTag(ETags.of(programme.version())).body(ProgrammeView.of(programme));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return programmes.history(id);
    }

    /** Programmes by code, filtered by any of code, level, status, owner organisation and government term. */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<ProgrammeView> list(@RequestParam(required = false) String code,
            @RequestParam(required = false) ProgrammeLevel level,
            @RequestParam(required = false) Lifecycle status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String term,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PagedModel<>(programmes.matching(new ProgrammeFilter(code, level, status, owner, term), PageRequest.of(page, size))
                .map(ProgrammeView::of));
    }
}
