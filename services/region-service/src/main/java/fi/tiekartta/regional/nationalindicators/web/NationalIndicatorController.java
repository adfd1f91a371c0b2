package fi.tiekartta.region.nationalindicators.web;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.region.nationalindicators.NationalIndicator;
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

/**
 * National aggregate indicators: admins record and correct them, every role reads them. A write causes no
 * event (see {@link NationalIndicator}); each one is kept as a revision.
 */
@RestController
@RequestMapping("/api/national-indicators")
class NationalIndicatorController {

    private final AggregateStore<NationalIndicator> indicators;
    private final Clock clock;

    NationalIndicatorController(AggregateStore<NationalIndicator> indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<NationalIndicatorView> record(@Valid @RequestBody NationalIndicatorRequest request) {
        NationalIndicator indicator = request.toIndicator();
        String id = UUID.randomUUID().toString();
        Versioned<NationalIndicator> stored = indicators.add(id, indicator, Actor.current().username(), clock.instant(),
                List.of());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id))
                .eTag(ETags.of(stored.version())).body(NationalIndicatorView.of(stored));
    }

    /** The indicator replaced by the request (a correction); a request that changes nothing keeps the version. */
    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<NationalIndicatorView> correct(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody NationalIndicatorRequest request) {
        long expectedVersion = ETags.expectedVersion(ifMatch);
        indicators.getForChange(id, expectedVersion);
        NationalIndicator corrected = request.toIndicator();
        Instant now = clock.instant();
        Versioned<NationalIndicator> stored = indicators.change(id, expectedVersion, corrected,
                Actor.current().username(), now, List.of());
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(NationalIndicatorView.of(stored));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<NationalIndicatorView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        Versioned<NationalIndicator> indicator = indicators.get(id, asOf);
        return ResponseEntity.ok().eTag(ETags.of(indicator.version())).body(NationalIndicatorView.of(indicator));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return indicators.history(id);
    }

    /** Indicators in the order they were observed, filtered by programme and measure. */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<NationalIndicatorView> list(@RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String measureId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        StateFilter filter = StateFilter.where().is("programmeId", programmeId).is("measureId", measureId);
        return new PagedModel<>(indicators.find(filter.sortedBy("observedPeriod.start", "_id"), PageRequest.of(page, size))
                .map(NationalIndicatorView::of));
    }
}
