package fi.tiekartta.regional.nationalindicators.web;

import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.Locations;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.nationalindicators.NationalIndicator;
import fi.tiekartta.regional.nationalindicators.application.NationalIndicatorService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.time.Instant;
import java.util.List;

/**
 * National aggregate indicators: admins record and correct them, every role reads them. A write causes no
 * event (see {@link NationalIndicator}); each one is kept as a revision.
 */
@RestController
@RequestMapping("/api/national-indicators")
class NationalIndicatorController {

    private final NationalIndicatorService indicators;
    private final HumanKeys keys;

    NationalIndicatorController(NationalIndicatorService indicators, HumanKeys keys) {
        this.indicators = indicators;
        this.keys = keys;
    }

    @PostMapping
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<NationalIndicatorView> record(@Valid @RequestBody NationalIndicatorRequest request) {
        Versioned<NationalIndicator> recorded = indicators.record(request.toIndicator(), Actor.current().username());
        return ResponseEntity.created(Locations.ofNew(recorded.id()))
                .eTag(ETags.of(recorded.version())).body(NationalIndicatorView.of(recorded, keys));
    }

    /** The indicator replaced by the request (a correction); a request that changes nothing keeps the version. */
    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_ADMINISTER)
    ResponseEntity<NationalIndicatorView> correct(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody NationalIndicatorRequest request) {
        return withETag(indicators.correct(id, ETags.expectedVersion(ifMatch), request::toIndicator,
                Actor.current().username()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<NationalIndicatorView> get(@PathVariable String id, @RequestParam(required = false) Instant asOf) {
        return withETag(indicators.get(id, asOf));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String id) {
        return indicators.history(id);
    }

    /**
     * Indicators in the order they were observed, filtered by programme (by id, or by code: {@code programme=THL-RSO})
     * and measure (by id, or by code: {@code measure=RSO1.B}).
     */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<NationalIndicatorView> list(@RequestParam(required = false) String programmeId,
            @RequestParam(required = false) @Size(max = 100) String programme,
            @RequestParam(required = false) String measureId,
            @RequestParam(required = false) @Size(max = 100) String measure,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new PagedModel<>(indicators.list(programmeId, programme, measureId, measure, PageRequest.of(page, size))
                .map(indicator -> NationalIndicatorView.of(indicator, keys)));
    }

    private ResponseEntity<NationalIndicatorView> withETag(Versioned<NationalIndicator> indicator) {
        return ResponseEntity.ok().eTag(ETags.of(indicator.version())).body(NationalIndicatorView.of(indicator, keys));
    }
}
