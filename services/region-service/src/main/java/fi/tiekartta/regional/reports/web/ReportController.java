package fi.tiekartta.regional.reports.web;

import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.security.Actor;
import fi.tiekartta.platform.security.AuthorizeBeforeBody;
import fi.tiekartta.platform.security.Roles;
import fi.tiekartta.platform.web.ETags;
import fi.tiekartta.platform.web.Locations;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.reports.RegionalReport;
import fi.tiekartta.regional.reports.ReportStatus;
import fi.tiekartta.regional.reports.application.ReportService;
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
 * The reports of one region ({@code code}, its Statistics Finland code). Who may write them is the
 * {@link ReportingPolicy}: the region's own reporters write them, verifiers verify or return them; everyone
 * reads them. Every change names the report's version it is based on (If-Match).
 */
@RestController
@RequestMapping("/api/regions/{code}/reports")
class ReportController {

    private final ReportService reports;
    private final HumanKeys keys;

    ReportController(ReportService reports, HumanKeys keys) {
        this.reports = reports;
        this.keys = keys;
    }

    /** A new draft for a cell (round, measure) of this region. */
    @PostMapping
    @PreAuthorize("@reportingPolicy.canReportFor(authentication, #code)")
    ResponseEntity<ReportView> draft(@PathVariable String code, @Valid @RequestBody ReportRequest request) {
        Versioned<RegionalReport> drafted = reports.draft(code, request.roundId(), request.measureId(),
                request::toContent, request::toBasis, Actor.current().username());
        return ResponseEntity.created(Locations.ofNew(drafted.id()))
                .eTag(ETags.of(drafted.version())).body(ReportView.of(drafted, keys));
    }

    /** The region rewrites its draft or returned report. */
    @PutMapping("/{id}")
    @PreAuthorize("@reportingPolicy.canReportFor(authentication, #code)")
    ResponseEntity<ReportView> edit(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReportRequest request) {
        return withETag(reports.edit(code, id, expectedVersion(code, ifMatch), request.roundId(), request.measureId(),
                request::toContent, request::toBasis, Actor.current().username()));
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("@reportingPolicy.canReportFor(authentication, #code)")
    ResponseEntity<ReportView> submit(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(reports.submit(code, id, expectedVersion(code, ifMatch), Actor.current().username()));
    }

    @PostMapping("/{id}/verification")
    @PreAuthorize("@reportingPolicy.canVerify(authentication)")
    ResponseEntity<ReportView> verify(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) VerificationRequest request) {
        VerificationRequest verdict = request == null ? new VerificationRequest(null, null, null, null) : request;
        return withETag(reports.verify(code, id, expectedVersion(code, ifMatch), verdict::value, verdict.comment(),
                Actor.current().username()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("@reportingPolicy.canVerify(authentication)")
    ResponseEntity<ReportView> returnForCorrection(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReturnRequest request) {
        return withETag(reports.returnForCorrection(code, id, expectedVersion(code, ifMatch), request.comment(),
                Actor.current().username()));
    }

    /**
     * A correction after the round closed: the region's reporters correct the self-report, verifiers the
     * verified value. Before the body is read, only those who may make one of the two get past
     * ({@link ReportingPolicy#canCorrectSome}); once it is read and validated (exactly one of the two), who may send
     * it follows the body.
     */
    @PostMapping("/{id}/corrections")
    @AuthorizeBeforeBody("@reportingPolicy.canCorrectSome(authentication, #code)")
    @PreAuthorize("@reportingPolicy.canCorrect(authentication, #code, #request.kind())")
    ResponseEntity<ReportView> correct(@PathVariable String code, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CorrectionRequest request) {
        long expectedVersion = expectedVersion(code, ifMatch);
        String actor = Actor.current().username();
        return withETag(switch (request.kind()) {
            case SELF_REPORT -> reports.correctSelfReport(code, id, expectedVersion, request.selfReport()::toContent,
                    request.reason(), actor);
            case VERIFIED -> reports.correctVerified(code, id, expectedVersion, request.verified()::value,
                    request.verified().comment(), request.reason(), actor);
        });
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CAN_READ)
    ResponseEntity<ReportView> get(@PathVariable String code, @PathVariable String id,
            @RequestParam(required = false) Instant asOf) {
        return withETag(reports.get(code, id, asOf));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.CAN_READ)
    List<Revision> history(@PathVariable String code, @PathVariable String id) {
        return reports.history(code, id);
    }

    /**
     * The region's reports, by round and measure, filtered by round, measure (by id, or by code:
     * {@code measure=TP6.1}) and status.
     */
    @GetMapping
    @PreAuthorize(Roles.CAN_READ)
    PagedModel<ReportView> list(@PathVariable String code, @RequestParam(required = false) String roundId,
            @RequestParam(required = false) String measureId,
            @RequestParam(required = false) @Size(max = 100) String measure,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new PagedModel<>(reports.list(code, roundId, measureId, measure, status, PageRequest.of(page, size))
                .map(report -> ReportView.of(report, keys)));
    }

    private ResponseEntity<ReportView> withETag(Versioned<RegionalReport> report) {
        return ResponseEntity.ok().eTag(ETags.of(report.version())).body(ReportView.of(report, keys));
    }

    /**
     * The version the client saw (If-Match), asked only of a region that exists: an unknown region is 404
     * before a missing or malformed If-Match is 428 or 400.
     */
    private long expectedVersion(String code, String ifMatch) {
        reports.requireRegion(code);
        return ETags.expectedVersion(ifMatch);
    }
}
