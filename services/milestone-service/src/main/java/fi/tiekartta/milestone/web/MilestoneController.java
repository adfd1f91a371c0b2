package fi.tiekartta.milestone.web;

import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.milestone.MilestoneFilter;
import fi.tiekartta.milestone.application.MilestoneOnDay;
import fi.tiekartta.milestone.application.MilestoneService;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.Locations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/milestones")
class MilestoneController {

    private final MilestoneService milestones;

    MilestoneController(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<MilestoneView> plan(@Valid @RequestBody MilestoneRequest request) {
        MilestoneOnDay planned = milestones.plan(request.toMilestone(), Actor.current().username());
        return ResponseEntity.created(Locations.ofNew(planned.milestone().id()))
                .eTag(ETags.of(planned.milestone().version())).body(MilestoneView.of(planned));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<MilestoneView> revise(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody MilestoneRequest request) {
        return withETag(milestones.revise(id, ETags.expectedVersion(ifMatch), request::toMilestone, Actor.current().username()));
    }

    /** The milestone was achieved: status ACHIEVED, when (at the precision known), and evidence added to what it links. */
    @PostMapping("/{id}/achievement")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<MilestoneView> achieve(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AchievementRequest request) {
        return withETag(milestones.achieve(id, ETags.expectedVersion(ifMatch), MilestoneRequest.period(request.actual()),
                MilestoneRequest.links(request.evidence()), Actor.current().username()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<MilestoneView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return withETag(milestones.get(id, asOf));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return milestones.history(id);
    }

    /**
     * Milestones by forecast end, filtered by any of code, programme (id or code), parent (work package or measure,
     * id or code), status (one or more), overdue (expected with the forecast ended before today) and the forecast's
     * last day lying before or after a date.
     */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<MilestoneView> list(@RequestParam(required = false) String code,
            @RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String programmeCode,
            @RequestParam(required = false) String parentId,
            @RequestParam(required = false) String parentCode,
            @RequestParam(required = false) List<MilestoneStatus> status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate forecastBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate forecastAfter,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        MilestoneFilter filter = new MilestoneFilter(code, programmeId, programmeCode, parentId, parentCode, status, overdue,
                forecastBefore, forecastAfter);
        return new PagedModel<>(milestones.list(filter, PageRequest.of(page, size)).map(MilestoneView::of));
    }

    private static ResponseEntity<MilestoneView> withETag(MilestoneOnDay milestone) {
        return ResponseEntity.ok().eTag(ETags.of(milestone.milestone().version())).body(MilestoneView.of(milestone));
    }
}
