package fi.tiekartta.programme.programme.web;

import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ConflictException;
import fi.tiekartta.platform.web.ResourceNotFoundException;
import fi.tiekartta.programme.programme.Names;
import fi.tiekartta.programme.programme.Programme;
import fi.tiekartta.programme.programme.ProgrammeId;
import fi.tiekartta.programme.programme.Programmes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;

@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final Programmes programmes;
    private final Clock clock;

    ProgrammeController(Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<ProgrammeView> define(@Valid @RequestBody DefineProgrammeRequest request) {
        Programme defined = Programme.define(request.code(),
                new Names(request.names().fi(), request.names().sv(), request.names().en()),
                request.level(), request.ownerOrganisation(), Actor.current().username(), clock.instant());
        Programme stored;
        try {
            stored = programmes.add(defined);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A programme with code " + request.code() + " exists already.");
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(stored.id().value()))
                .eTag(Long.toString(stored.version()))
                .body(ProgrammeView.of(stored));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<ProgrammeView> get(@PathVariable String id) {
        Programme programme = programmes.findById(new ProgrammeId(id))
                .orElseThrow(() -> new ResourceNotFoundException("Programme", id));
        return ResponseEntity.ok().eTag(Long.toString(programme.version())).body(ProgrammeView.of(programme));
    }

    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<ProgrammeView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PagedModel<>(programmes.findAll(PageRequest.of(page, size)).map(ProgrammeView::of));
    }
}
