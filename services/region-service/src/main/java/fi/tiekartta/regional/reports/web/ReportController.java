package fi.tiekartta.region.reports.web;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.StateFilter;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ConflictException;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.ResourceNotFoundException;
import fi.tiekartta.region.regions.RegionCatalogue;
import fi.tiekartta.region.reports.RegionalReport;
import fi.tiekartta.region.reports.ReportChange;
import fi.tiekartta.region.reports.ReportRules;
import fi.tiekartta.region.reports.ReportStatus;
import fi.tiekartta.region.rounds.ReportingRound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.dao.DuplicateKeyException;
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

/**
 * The reports of one region. The region's reporters write them (their token's {@code region} claim must be
 * the region in the path: {@link Roles#CAN_REPORT_FOR_REGION}); verifiers verify or return them; everyone
 * reads them. Every change is checked against the report's version (If-Match) and its round.
 */
@RestController
@RequestMapping("/api/regions/{code}/reports")
class ReportController {

    /**
     * A correction carries exactly one of a self-report, which only the region's own reporters correct, and a
     * verified value, which only verifiers correct: the rule follows the body (validated before it is read).
     */
    private static final String CAN_CORRECT = "#request.selfReport() != null ? (" + Roles.CAN_REPORT_FOR_REGION + ") : ("
            + Roles.CAN_VERIFY + ")";

    private final AggregateStore<RegionalReport> reports;
    private final AggregateStore<ReportingRound> rounds;
    private final RegionCatalogue regions;
    private final Clock clock;

    ReportController(AggregateStore<RegionalReport> reports, AggregateStore<ReportingRound> rounds, RegionCatalogue regions,
            Clock clock) {
        this.reports = reports;
        this.rounds = rounds;
        this.regions = regions;
        this.clock = clock;
    }

    /** A new draft for a cell (round, measure) of this region. */
    @PostMapping
    @PreAuthorize(Roles.CAN_REPORT_FOR_REGION)
    ResponseEntity<ReportView> draft(@PathVariable String code, @Valid @RequestBody ReportRequest request) {
        checkRegion(code);
        if (request.roundId() == null || request.measureId() == null) {
            throw new DomainRuleViolation("A new report names its cell: give roundId and measureId.");
        }
        ReportingRound round = rounds.get(request.roundId()).state();
        String id = RegionalReport.idOf(request.roundId(), code, request.measureId());
        Instant now = clock.instant();
        String actor = Actor.current().username();
        ReportChange drafted = ReportRules.draft(round, request.roundId(), code, request.measureId(), request.toContent(),
                actor, now);
        Versioned<RegionalReport> stored;
        try {
            stored = reports.add(id, drafted.report(), actor, now, drafted.events());
        } catch (DuplicateKeyException e) {
            // The id follows from the cell, so the primary key is what keeps one report per cell.
            throw new ConflictException("Region " + code + " already has a report of this measure in this round: "
                    + "edit it at /api/regions/" + code + "/reports/" + id + ".");
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id))
                .eTag(ETags.of(stored.version())).body(ReportView.of(stored));
    }

    /** The region rewrites its draft or returned report. */
    @PutMapping("/{id}")
    @PreAuthorize(Roles.CAN_REPORT_FOR_REGION)
    ResponseEntity<ReportView> edit(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReportRequest request) {
        return change(code, id, ifMatch, (report, round, actor, now) -> {
            if (request.roundId() != null && !request.roundId().equals(report.roundId())
                    || request.measureId() != null && !request.measureId().equals(report.measureId())) {
                throw new DomainRuleViolation("A report stays in its cell: roundId and measureId are its own or left out.");
            }
            return ReportRules.edit(round, report, request.toContent(), now);
        });
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize(Roles.CAN_REPORT_FOR_REGION)
    ResponseEntity<ReportView> submit(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return change(code, id, ifMatch, (report, round, actor, now) -> ReportRules.submit(id, round, report, actor, now));
    }

    @PostMapping("/{id}/verification")
    @PreAuthorize(Roles.CAN_VERIFY)
    ResponseEntity<ReportView> verify(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) VerificationRequest request) {
        VerificationRequest verdict = request == null ? new VerificationRequest(null, null, null, null) : request;
        return change(code, id, ifMatch, (report, round, actor, now) ->
                ReportRules.verify(id, round, report, verdict.value(), verdict.comment(), actor, now));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize(Roles.CAN_VERIFY)
    ResponseEntity<ReportView> returnForCorrection(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReturnRequest request) {
        return change(code, id, ifMatch, (report, round, actor, now) ->
                ReportRules.returnForCorrection(id, round, report, request.comment(), actor, now));
    }

    /**
     * A correction after the round closed: the region's reporters correct the self-report, verifiers the
     * verified value.
     */
    @PostMapping("/{id}/corrections")
    @PreAuthorize(CAN_CORRECT)
    ResponseEntity<ReportView> correct(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CorrectionRequest request) {
        return change(code, id, ifMatch, (report, round, username, now) -> request.selfReport() != null
                ? ReportRules.correctSelfReport(id, round, report, request.selfReport().toContent(), request.reason(),
                        username, now)
                : ReportRules.correctVerified(id, round, report, request.verified().value(), request.verified().comment(),
                        request.reason(), username, now));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<ReportView> get(@PathVariable String code, @PathVariable String id,
            @RequestParam(required = false) Instant asOf) {
        Versioned<RegionalReport> report = ofRegion(code, reports.get(id, asOf));
        return ResponseEntity.ok().eTag(ETags.of(report.version())).body(ReportView.of(report));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String code, @PathVariable String id) {
        ofRegion(code, reports.get(id));
        return reports.history(id);
    }

    /** The region's reports, by round and measure, filtered by round, measure and status. */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<ReportView> list(@PathVariable String code, @RequestParam(required = false) String roundId,
            @RequestParam(required = false) String measureId, @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        checkRegion(code);
        var query = StateFilter.where().is("regionCode", code).is("roundId", roundId).is("measureId", measureId)
                .is("status", status).sortedBy("roundId", "measureId");
        return new PagedModel<>(reports.find(query, PageRequest.of(page, size)).map(ReportView::of));
    }

    /** A step of the workflow on the report as the client last saw it (If-Match), in its round as it is now. */
    @FunctionalInterface
    private interface Step {
        ReportChange apply(RegionalReport report, ReportingRound round, String actor, Instant now);
    }

    private ResponseEntity<ReportView> change(String code, String id, String ifMatch, Step step) {
        checkRegion(code);
        long expectedVersion = ETags.expectedVersion(ifMatch);
        Versioned<RegionalReport> current = ofRegion(code, reports.getForChange(id, expectedVersion));
        ReportingRound round = rounds.get(current.state().roundId()).state();
        Instant now = clock.instant();
        String actor = Actor.current().username();
        ReportChange changed = step.apply(current.state(), round, actor, now);
        Versioned<RegionalReport> stored = reports.change(id, expectedVersion, changed.report(), actor, now, changed.events());
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(ReportView.of(stored));
    }

    private void checkRegion(String code) {
        if (regions.region(code).isEmpty()) {
            throw new ResourceNotFoundException("Region", code);
        }
    }

    /** A report is found only under its own region's path. */
    private static Versioned<RegionalReport> ofRegion(String code, Versioned<RegionalReport> report) {
        if (!report.state().regionCode().equals(code)) {
            throw new ResourceNotFoundException("Regional report", code + "/" + report.id());
        }
        return report;
    }
}
