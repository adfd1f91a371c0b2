package fi.tiekartta.milestone.milestone.web;

import fi.tiekartta.milestone.milestone.FinnishTime;
import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.milestone.milestone.MilestoneChange;
import fi.tiekartta.milestone.milestone.MilestoneRevisions;
import fi.tiekartta.milestone.milestone.MilestoneStatus;
import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fi.tiekartta.platform.aggregate.AggregateStore.STATE;

@RestController
@RequestMapping("/api/milestones")
class MilestoneController {

    private static final List<String> OPEN = MilestoneStatus.open().stream().map(Enum::name).toList();

    private final AggregateStore<Milestone> milestones;
    private final Clock clock;

    MilestoneController(AggregateStore<Milestone> milestones, Clock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<MilestoneView> plan(@Valid @RequestBody MilestoneRequest request) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String actor = Actor.current().username();
        MilestoneChange planned = MilestoneRevisions.plan(id, request.toMilestone(), actor, now);
        Versioned<Milestone> stored = milestones.add(id, planned.milestone(), actor, now, planned.events());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id))
                .eTag(ETags.of(stored.version())).body(MilestoneView.of(stored, FinnishTime.dateOf(now)));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<MilestoneView> revise(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody MilestoneRequest request) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<Milestone> current = milestones.getForChange(id, expectedVersion);
        Instant now = clock.instant();
        String actor = Actor.current().username();
        MilestoneChange revised = MilestoneRevisions.revise(id, current.state(), request.toMilestone(), actor, now);
        return stored(milestones.change(id, expectedVersion, revised.milestone(), actor, now, revised.events()), now);
    }

    /** The milestone was achieved: status ACHIEVED, its actual date, and evidence added to what it links. */
    @PostMapping("/{id}/achievement")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<MilestoneView> achieve(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AchievementRequest request) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<Milestone> current = milestones.getForChange(id, expectedVersion);
        Instant now = clock.instant();
        String actor = Actor.current().username();
        MilestoneChange achieved = MilestoneRevisions.achieve(id, current.state(), request.actualDate(),
                MilestoneRequest.links(request.evidence()), actor, now);
        return stored(milestones.change(id, expectedVersion, achieved.milestone(), actor, now, achieved.events()), now);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<MilestoneView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        Versioned<Milestone> milestone = milestones.get(id, asOf);
        LocalDate day = FinnishTime.dateOf(asOf == null ? clock.instant() : asOf);
        return ResponseEntity.ok().eTag(ETags.of(milestone.version())).body(MilestoneView.of(milestone, day));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return milestones.history(id);
    }

    /**
     * Milestones by forecast end, filtered by any of programme, parent (work package or measure id), status
     * (one or more), overdue (open with the forecast ended before today) and the forecast's last day lying
     * before or after a date.
     */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<MilestoneView> list(@RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String parentId,
            @RequestParam(required = false) List<MilestoneStatus> status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate forecastBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate forecastAfter,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        LocalDate today = FinnishTime.dateOf(clock.instant());
        StateFilter filter = StateFilter.where().is("programmeId", programmeId).is("parentId", parentId);
        if (status != null && !status.isEmpty()) {
            filter.and(Criteria.where(STATE + ".status").in(status.stream().map(Enum::name).toList()));
        }
        if (Boolean.TRUE.equals(overdue)) {
            filter.and(Criteria.where(STATE + ".status").in(OPEN).and(STATE + ".forecast.end").lt(today));
        } else if (Boolean.FALSE.equals(overdue)) {
            filter.and(new Criteria().orOperator(Criteria.where(STATE + ".status").nin(OPEN),
                    Criteria.where(STATE + ".forecast.end").gte(today)));
        }
        if (forecastBefore != null) {
            filter.and(Criteria.where(STATE + ".forecast.end").lt(forecastBefore));
        }
        if (forecastAfter != null) {
            filter.and(Criteria.where(STATE + ".forecast.end").gt(forecastAfter));
        }
        Query query = filter.sortedBy("forecast.end", "_id");
        return new PagedModel<>(milestones.find(query, PageRequest.of(page, size)).map(m -> MilestoneView.of(m, today)));
    }

    private static ResponseEntity<MilestoneView> stored(Versioned<Milestone> stored, Instant now) {
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(MilestoneView.of(stored, FinnishTime.dateOf(now)));
    }
}
