package fi.tiekartta.programme.term.web;

import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.platform.web.Locations;
import fi.tiekartta.programme.term.GovernmentTerm;
import fi.tiekartta.programme.term.application.GovernmentTermService;
import jakarta.validation.Valid;
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
@RequestMapping("/api/government-terms")
class GovernmentTermController {

    private final GovernmentTermService terms;

    GovernmentTermController(GovernmentTermService terms) {
        this.terms = terms;
    }

    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    List<GovernmentTermView> list() {
        return terms.chronological().stream().map(GovernmentTermView::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<GovernmentTermView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        Versioned<GovernmentTerm> term = terms.get(id, asOf);
        return ResponseEntity.ok().eTag(ETags.of(term.version())).body(GovernmentTermView.of(term));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return terms.history(id);
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<GovernmentTermView> add(@Valid @RequestBody GovernmentTermRequest request) {
        if (request.firstYear() == null) {
            throw new InvalidRequestException("firstYear is required: the term's first year (its election year).");
        }
        Versioned<GovernmentTerm> stored = terms.add(request.toTerm(request.firstYear()), Actor.current().username());
        return ResponseEntity.created(Locations.ofNew(stored.id()))
                .eTag(ETags.of(stored.version())).body(GovernmentTermView.of(stored));
    }

    /** A change names no years or the term's own: the request carries the term's facts, its years are its id. */
    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<GovernmentTermView> change(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody GovernmentTermRequest request) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<GovernmentTerm> stored = terms.change(id, expectedVersion, Actor.current().username(), current -> {
            if (request.firstYear() != null && request.firstYear() != current.firstYear()) {
                throw new InvalidRequestException("firstYear identifies the term and cannot change; leave it out or send "
                        + current.firstYear() + ".");
            }
            return request.toTerm(current.firstYear());
        });
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(GovernmentTermView.of(stored));
    }
}
