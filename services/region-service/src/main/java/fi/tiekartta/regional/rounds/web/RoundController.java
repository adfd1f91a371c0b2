package fi.tiekartta.regional.rounds.web;

import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.Locations;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.rounds.ReportingRound;
import fi.tiekartta.regional.rounds.RoundStatus;
import fi.tiekartta.regional.rounds.application.RoundService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reporting rounds: admins open, revise and close them; everyone reads them. */
@RestController
@RequestMapping("/api/reporting-rounds")
class RoundController {

    private final RoundService rounds;
    private final HumanKeys keys;
    private final Clock clock;

    RoundController(RoundService rounds, HumanKeys keys, Clock clock) {
        this.rounds = rounds;
        this.keys = keys;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RoundView> open(@Valid @RequestBody RoundRequest request) {
        Versioned<ReportingRound> opened = rounds.open(request.toProposal(), Actor.current().username());
        return ResponseEntity.created(Locations.ofNew(opened.id()))
                .eTag(ETags.of(opened.version())).body(view(opened));
    }

    /** Title and deadline of an open round; its measures and regions may be added to. */
    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RoundView> revise(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody RoundRequest request) {
        return stored(rounds.revise(id, ETags.expectedVersion(ifMatch), request.toProposal(), Actor.current().username()));
    }

    /** Closes the round by hand: its reports are frozen from now on. */
    @PostMapping("/{id}/closure")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<RoundView> close(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return stored(rounds.close(id, ETags.expectedVersion(ifMatch), Actor.current().username()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<RoundView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        Versioned<ReportingRound> round = rounds.get(id, asOf);
        return ResponseEntity.ok().eTag(ETags.of(round.version()))
                .body(RoundView.of(round, asOf == null ? clock.instant() : asOf, keys));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return rounds.history(id);
    }

    /**
     * Rounds by deadline, filtered by programme (by id, or by code: {@code programme=SHKO}), status, a region
     * asked ({@code region=09}) and a measure in scope ({@code measure=TP6.1}, its code).
     */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<RoundView> list(@RequestParam(required = false) String programmeId,
            @RequestParam(required = false) @Size(max = 100) String programme,
            @RequestParam(required = false) RoundStatus status,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit region code") String region,
            @RequestParam(required = false) @Size(max = 100) String measure,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Instant now = clock.instant();
        return new PagedModel<>(rounds.list(programmeId, programme, status, region, measure, PageRequest.of(page, size))
                .map(round -> RoundView.of(round, now, keys)));
    }

    private ResponseEntity<RoundView> stored(Versioned<ReportingRound> stored) {
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(view(stored));
    }

    /** The round as it stands now: whether it accepts reports depends on the time. */
    private RoundView view(Versioned<ReportingRound> stored) {
        return RoundView.of(stored, clock.instant(), keys);
    }
}
