package fi.tiekartta.workpackage.web;

import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.workpackage.application.WorkPackageService;
import fi.tiekartta.workpackage.web.WorkPackageRequests.DropRequest;
import fi.tiekartta.workpackage.web.WorkPackageRequests.MeasureRequest;
import fi.tiekartta.workpackage.web.WorkPackageRequests.MergeRequest;
import fi.tiekartta.workpackage.web.WorkPackageRequests.SplitRequest;
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

import static fi.tiekartta.workpackage.web.WorkPackageController.answer;

/**
 * The measures of a work package. They are part of the work package aggregate, so every command names
 * the work package's version in If-Match and answers the whole work package with its new ETag.
 */
@RestController
@RequestMapping("/api/work-packages/{id}/measures")
class MeasureController {

    private static final String IF_MATCH = "If-Match";

    private final WorkPackageService workPackages;

    MeasureController(WorkPackageService workPackages) {
        this.workPackages = workPackages;
    }

    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    List<WorkPackageView.MeasureView> list(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return WorkPackageView.MeasureView.all(workPackages.get(id, asOf).state());
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> add(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MeasureRequest request) {
        return answer(workPackages.addMeasure(id, ETags.expectedVersion(ifMatch), request.toNewMeasure(), Actor.current().username()));
    }

    /** Renames a measure or changes its code or terms; its id stays, so it can be followed across terms. */
    @PutMapping("/{measureId}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> revise(@PathVariable String id, @PathVariable String measureId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody MeasureRequest request) {
        return answer(workPackages.reviseMeasure(id, ETags.expectedVersion(ifMatch), measureId, request.toMeasure(measureId),
                Actor.current().username()));
    }

    @PostMapping("/{measureId}/split")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> split(@PathVariable String id, @PathVariable String measureId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody SplitRequest request) {
        return answer(workPackages.splitMeasure(id, ETags.expectedVersion(ifMatch), measureId,
                request.into().stream().map(MeasureRequest::toNewMeasure).toList(), request.reason(), Actor.current().username()));
    }

    @PostMapping("/merge")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> merge(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody MergeRequest request) {
        return answer(workPackages.mergeMeasures(id, ETags.expectedVersion(ifMatch), request.measureIds(),
                request.into().toNewMeasure(), request.reason(), Actor.current().username()));
    }

    @PostMapping("/{measureId}/drop")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<WorkPackageView> drop(@PathVariable String id, @PathVariable String measureId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody DropRequest request) {
        return answer(workPackages.dropMeasure(id, ETags.expectedVersion(ifMatch), measureId, request.reason(),
                Actor.current().username()));
    }
}
