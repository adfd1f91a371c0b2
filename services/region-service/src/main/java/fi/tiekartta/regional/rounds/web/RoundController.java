package fi.tiekartta.region.rounds.web;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.region.measures.MeasureCatalogue;
import fi.tiekartta.region.regions.RegionCatalogue;
import fi.tiekartta.region.rounds.ReportingRound;
import fi.tiekartta.region.rounds.RoundChange;
import fi.tiekartta.region.rounds.RoundRules;
import fi.tiekartta.region.rounds.RoundStatus;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reporting rounds: admins open, revise and close them; everyone reads them. */
@RestController
@RequestMapping("/api/reporting-rounds")
class RoundController {

    private final AggregateStore<ReportingRound> rounds;
    private final MeasureCatalogue measures;
    private final RegionCatalogue regions;
    private final Clock clock;

    RoundController(AggregateStore<ReportingRound> rounds, MeasureCatalogue measures, RegionCatalogue regions, Clock clock) {
        this.rounds = rounds;
        this.measures = measures;
        this.regions = regions;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RoundView> open(@Valid @RequestBody RoundRequest request) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String actor = Actor.current().username();
        RoundChange opened = RoundRules.open(id, request.toRound(regions), measures, regions, actor, now);
        Versioned<ReportingRound> stored = rounds.add(id, opened.round(), actor, now, opened.events());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id))
                .eTag(ETags.of(stored.version())).body(RoundView.of(stored, now));
    }

    /** Title and deadline of an open round; its measures and regions may be added to. */
    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RoundView> revise(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RoundRequest request) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<ReportingRound> current = rounds.getForChange(id, expectedVersion);
        Instant now = clock.instant();
        String actor = Actor.current().username();
        RoundChange revised = RoundRules.revise(id, current.state(), request.toRound(regions), measures, regions, actor, now);
        return stored(rounds.change(id, expectedVersion, revised.round(), actor, now, revised.events()), now);
    }

    /** Closes the round by hand: its reports are frozen from now on. */
    @PostMapping("/{id}/closure")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RoundView> close(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<ReportingRound> current = rounds.getForChange(id, expectedVersion);
        Instant now = clock.instant();
        String actor = Actor.current().username();
        RoundChange closed = RoundRules.closeByHand(id, current.state(), actor, now);
        return stored(rounds.change(id, expectedVersion, closed.round(), actor, now, closed.events()), now);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<RoundView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        Versioned<ReportingRound> round = rounds.get(id, asOf);
        return ResponseEntity.ok().eTag(ETags.of(round.version())).body(RoundView.of(round, asOf == null ? clock.instant() : asOf));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return rounds.history(id);
    }

    /** Rounds by deadline, filtered by programme and status. */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<RoundView> list(@RequestParam(required = false) String programmeId,
            @RequestParam(required = false) RoundStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Instant now = clock.instant();
        var query = StateFilter.where().is("programmeId", programmeId).is("status", status)
                .sortedBy("deadline", "_id");
        return new PagedModel<>(rounds.find(query, PageRequest.of(page, size)).map(round -> RoundView.of(round, now)));
    }

    private static ResponseEntity<RoundView> stored(Versioned<ReportingRound> stored, Instant now) {
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(RoundView.of(stored, now));
    }
}
