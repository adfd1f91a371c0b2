package fi.tiekartta.programme.term.web;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.programme.term.GovernmentTerm;
import fi.tiekartta.programme.term.GovernmentTerms;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

@RestController
@RequestMapping("/api/government-terms")
class GovernmentTermController {

    private static final Sort CHRONOLOGICAL = Sort.by(STATE + ".firstYear");

    private final AggregateStore<GovernmentTerm> terms;
    private final Clock clock;

    GovernmentTermController(AggregateStore<GovernmentTerm> terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    List<GovernmentTermView> list() {
        return terms.find(new Query().with(CHRONOLOGICAL), PageRequest.of(0, 100)).map(GovernmentTermView::of).getContent();
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
        GovernmentTerm term = request.toTerm(request.firstYear());
        Instant now = clock.instant();
        var added = GovernmentTerms.add(term, latest(), now);
        Versioned<GovernmentTerm> stored = terms.add(term.id(), term, Actor.current().username(), now, List.of(added));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(term.id()))
                .eTag(ETags.of(stored.version())).body(GovernmentTermView.of(stored));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<GovernmentTermView> change(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody GovernmentTermRequest request) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<GovernmentTerm> current = terms.getForChange(id, expectedVersion);
        if (request.firstYear() != null && request.firstYear() != current.state().firstYear()) {
            throw new InvalidRequestException("firstYear identifies the term and cannot change; leave it out or send "
                    + current.state().firstYear() + ".");
        }
        GovernmentTerm changed = request.toTerm(current.state().firstYear());
        Instant now = clock.instant();
        Versioned<GovernmentTerm> stored = terms.change(id, expectedVersion, changed, Actor.current().username(), now,
                GovernmentTerms.change(current.state(), changed, now));
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(GovernmentTermView.of(stored));
    }

    private Optional<GovernmentTerm> latest() {
        Query newestFirst = new Query().with(Sort.by(Sort.Direction.DESC, STATE + ".firstYear"));
        return terms.find(newestFirst, PageRequest.of(0, 1)).stream().findFirst().map(Versioned::state);
    }
}
