package fi.tiekartta.programme.programme.web;

import fi.tiekartta.platform.domain.Lifecycle;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ConflictException;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.programme.programme.Programme;
import fi.tiekartta.programme.programme.ProgrammeLevel;
import fi.tiekartta.programme.programme.ProgrammeRevisions;
import fi.tiekartta.programme.term.GovernmentTerm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Query;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final AggregateStore<Programme> programmes;
    private final AggregateStore<GovernmentTerm> terms;
    private final Clock clock;

    ProgrammeController(AggregateStore<Programme> programmes, AggregateStore<GovernmentTerm> terms, Clock clock) {
        this.programmes = programmes;
        this.terms = terms;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<ProgrammeView> define(@Valid @RequestBody ProgrammeRequest request) {
        Programme programme = checkedTerms(request.toProgramme());
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String actor = Actor.current().username();
        Versioned<Programme> stored = uniqueCode(programme,
                () -> programmes.add(id, programme, actor, now, List.of(ProgrammeRevisions.define(id, programme, actor, now))));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id))
                .eTag(ETags.of(stored.version())).body(ProgrammeView.of(stored));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<ProgrammeView> revise(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ProgrammeRequest request) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<Programme> current = programmes.getForChange(id, expectedVersion);
        Programme revised = checkedTerms(request.toProgramme());
        Instant now = clock.instant();
        String actor = Actor.current().username();
        var events = ProgrammeRevisions.revise(id, current.state(), revised, actor, now);
        Versioned<Programme> stored = uniqueCode(revised, () -> programmes.change(id, expectedVersion, revised, actor, now, events));
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

    /** Programmes by code, filtered by any of level, status, owner organisation and government term. */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<ProgrammeView> list(@RequestParam(required = false) ProgrammeLevel level,
            @RequestParam(required = false) Lifecycle status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String term,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Query query = StateFilter.where().is("level", level).is("status", status).is("ownerOrganisation", owner)
                .is("termIds", term).sortedBy("code");
        return new PagedModel<>(programmes.find(query, PageRequest.of(page, size)).map(ProgrammeView::of));
    }

    /** Every government term a programme names must exist: the terms are this service's reference data. */
    private Programme checkedTerms(Programme programme) {
        List<String> unknown = programme.termIds().stream().filter(id -> terms.find(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new DomainRuleViolation("Unknown government term(s) " + unknown + "; see /api/government-terms.");
        }
        return programme;
    }

    private static Versioned<Programme> uniqueCode(Programme programme, Supplier<Versioned<Programme>> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A programme with code " + programme.code() + " exists already.");
        }
    }
}
