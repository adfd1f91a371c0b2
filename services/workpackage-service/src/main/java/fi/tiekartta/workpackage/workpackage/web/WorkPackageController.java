package fi.tiekartta.workpackage.workpackage.web;

import fi.tiekartta.platform.domain.Lifecycle;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.workpackage.workpackage.DeliveryConfidence;
import fi.tiekartta.workpackage.workpackage.WorkPackage;
import fi.tiekartta.workpackage.workpackage.WorkPackageChanges;
import fi.tiekartta.workpackage.workpackage.web.WorkPackageRequests.ConfidenceRequest;
import fi.tiekartta.workpackage.workpackage.web.WorkPackageRequests.WorkPackageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageImpl;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/work-packages")
class WorkPackageController {

    private final AggregateStore<WorkPackage> workPackages;
    private final WorkPackageCommands commands;

    WorkPackageController(AggregateStore<WorkPackage> workPackages, WorkPackageCommands commands) {
        this.workPackages = workPackages;
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> define(@Valid @RequestBody WorkPackageRequest request) {
        String id = UUID.randomUUID().toString();
        WorkPackage definition = request.toDefinition();
        Versioned<WorkPackage> stored = commands.define(id, definition,
                (actor, now) -> WorkPackageChanges.define(id, definition, actor, now));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id))
                .eTag(ETags.of(stored.version())).body(WorkPackageView.of(stored));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> revise(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody WorkPackageRequest request) {
        return answer(commands.change(id, ifMatch,
                (current, actor, now) -> WorkPackageChanges.revise(id, current, request.toDefinition(), actor, now)));
    }

    /** A new delivery confidence assessment; every assessment is kept in {@code confidenceHistory}. */
    @PostMapping("/{id}/confidence")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> assessConfidence(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ConfidenceRequest request) {
        return answer(commands.change(id, ifMatch, (current, actor, now) ->
                WorkPackageChanges.assessConfidence(id, current, request.rating(), request.rationale(), actor, now)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<WorkPackageView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return answer(workPackages.get(id, asOf));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return workPackages.history(id);
    }

    /** Work packages by code, filtered by any of programme, term, status, current confidence and owner. */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<WorkPackageView> list(@RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String term,
            @RequestParam(required = false) Lifecycle status,
            @RequestParam(required = false) DeliveryConfidence confidence,
            @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Query query = StateFilter.where().is("programmeId", programmeId).is("termIds", term).is("status", status)
                .is("owner", owner).sortedBy("code");
        if (confidence == null) {
            return new PagedModel<>(workPackages.find(query, PageRequest.of(page, size)).map(WorkPackageView::of));
        }
        // The current confidence is the last of the history: filtered here, since array positions from the end
        // are not something both MongoDB and the embedded server query alike (see docs/mongodb-compatibility.md).
        List<WorkPackageView> matching = workPackages.find(query, PageRequest.of(0, 1000)).stream()
                .filter(wp -> wp.state().confidence().filter(c -> c.rating() == confidence).isPresent())
                .map(WorkPackageView::of).toList();
        int from = Math.min(page * size, matching.size());
        return new PagedModel<>(new PageImpl<>(matching.subList(from, Math.min(from + size, matching.size())),
                PageRequest.of(page, size), matching.size()));
    }

    static ResponseEntity<WorkPackageView> answer(Versioned<WorkPackage> stored) {
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(WorkPackageView.of(stored));
    }
}
