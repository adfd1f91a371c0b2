package fi.tiekartta.workpackage.web;

import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.Locations;
import fi.tiekartta.workpackage.DeliveryConfidence;
import fi.tiekartta.workpackage.WorkPackage;
import fi.tiekartta.workpackage.WorkPackageFilter;
import fi.tiekartta.workpackage.application.WorkPackageService;
import fi.tiekartta.workpackage.web.WorkPackageRequests.ConfidenceRequest;
import fi.tiekartta.workpackage.web.WorkPackageRequests.WorkPackageRequest;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
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
@RequestMapping("/api/work-packages")
class WorkPackageController {

    private final WorkPackageService workPackages;

    WorkPackageController(WorkPackageService workPackages) {
        this.workPackages = workPackages;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> define(@Valid @RequestBody WorkPackageRequest request) {
        Versioned<WorkPackage> stored = workPackages.define(request.toDefinition(), Actor.current().username());
        return ResponseEntity.created(Locations.ofNew(stored.id()))
                .eTag(ETags.of(stored.version())).body(WorkPackageView.of(stored));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> revise(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Validated({Default.class, WorkPackageRequests.Revision.class}) @RequestBody WorkPackageRequest request) {
        return answer(workPackages.revise(id, ETags.expectedVersion(ifMatch), request.toDefinition(), Actor.current().username()));
    }

    /** A new delivery confidence assessment; every assessment is kept in {@code confidenceHistory}. */
    @PostMapping("/{id}/confidence")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> assessConfidence(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ConfidenceRequest request) {
        return answer(workPackages.assessConfidence(id, ETags.expectedVersion(ifMatch), request.rating(), request.rationale(),
                Actor.current().username()));
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
        WorkPackageFilter filter = new WorkPackageFilter(programmeId, term, status, confidence, owner);
        return new PagedModel<>(workPackages.list(filter, PageRequest.of(page, size)).map(WorkPackageView::of));
    }

    static ResponseEntity<WorkPackageView> answer(Versioned<WorkPackage> stored) {
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(WorkPackageView.of(stored));
    }
}
