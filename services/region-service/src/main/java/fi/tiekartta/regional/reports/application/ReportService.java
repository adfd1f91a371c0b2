package fi.tiekartta.regional.reports.application;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Decision;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.measures.KnownMeasure;
import fi.tiekartta.regional.measures.MeasureCatalogue;
import fi.tiekartta.regional.regions.RegionCatalogue;
import fi.tiekartta.regional.reports.Implementation;
import fi.tiekartta.regional.reports.RegionalReport;
import fi.tiekartta.regional.reports.RegionalReports;
import fi.tiekartta.regional.reports.ReportContent;
import fi.tiekartta.regional.reports.ReportFilter;
import fi.tiekartta.regional.reports.ReportRules;
import fi.tiekartta.regional.reports.ReportStatus;
import fi.tiekartta.regional.reports.RoundMatrix;
import fi.tiekartta.regional.rounds.ReportingRound;
import fi.tiekartta.regional.rounds.ReportingRounds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What can be done with the reports of a region: its reporters draft, edit and submit them, verifiers verify
 * or return them, and after the round closed either corrects them; {@link ReportRules} decides each step on
 * the report and its round as they are now. A report is found only under its own region.
 * <p>
 * What a client sends (content, a verified value) is passed unbuilt and built only when the rule needs it,
 * after the version check: building it checks rules too, and a client that has not seen the current report
 * hears 412, not a verdict on what it sent.
 */
@Service
public class ReportService {

    private final RegionalReports reports;
    private final ReportingRounds rounds;
    private final RegionCatalogue regions;
    private final MeasureCatalogue measures;
    private final HumanKeys keys;
    private final Clock clock;

    ReportService(RegionalReports reports, ReportingRounds rounds, RegionCatalogue regions, MeasureCatalogue measures,
            HumanKeys keys, Clock clock) {
        this.reports = reports;
        this.rounds = rounds;
        this.regions = regions;
        this.measures = measures;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A new draft for a cell (round, measure) of the region; 409 when the cell has a report already. {@code basis}
     * is what the region sent, or null (a report of an illustrative round is illustrative: {@link ReportRules#basisOf}).
     */
    public Versioned<RegionalReport> draft(String regionCode, String roundId, String measureId,
            Supplier<ReportContent> content, Supplier<Basis> basis, String actor) {
        requireRegion(regionCode);
        ReportRules.checkNamesItsCell(roundId, measureId);
        ReportingRound round = rounds.get(roundId).state();
        String id = RegionalReport.idOf(roundId, regionCode, measureId);
        Instant now = clock.instant();
        Decision<RegionalReport> drafted = ReportRules.draft(round, roundId, regionCode, measureId, content.get(),
                basis.get(), actor, now);
        try {
            return reports.create(id, drafted, actor, now);
        } catch (DuplicateKeyException e) {
            // The id follows from the cell, so the primary key is what keeps one report per cell.
            throw new ConflictException("Region " + regionCode + " already has a report of this measure in this round: "
                    + "edit it at /api/regions/" + regionCode + "/reports/" + id + ".");
        }
    }

    /** The region rewrites its draft or returned report; {@code roundId} and {@code measureId} are its own or null. */
    public Versioned<RegionalReport> edit(String regionCode, String id, long expectedVersion, String roundId,
            String measureId, Supplier<ReportContent> content, Supplier<Basis> basis, String actor) {
        Instant now = clock.instant();
        return change(regionCode, id, expectedVersion, actor, now,
                (report, round) -> ReportRules.edit(round, report, roundId, measureId, content.get(), basis.get(), now));
    }

    public Versioned<RegionalReport> submit(String regionCode, String id, long expectedVersion, String actor) {
        Instant now = clock.instant();
        return change(regionCode, id, expectedVersion, actor, now,
                (report, round) -> ReportRules.submit(id, round, report, keys, actor, now));
    }

    /** A verifier verifies the report; {@code value} gives the verified value, or null to confirm the self-report. */
    public Versioned<RegionalReport> verify(String regionCode, String id, long expectedVersion,
            Supplier<Implementation> value, String comment, String actor) {
        Instant now = clock.instant();
        return change(regionCode, id, expectedVersion, actor, now,
                (report, round) -> ReportRules.verify(id, round, report, value.get(), comment, keys, actor, now));
    }

    public Versioned<RegionalReport> returnForCorrection(String regionCode, String id, long expectedVersion,
            String comment, String actor) {
        Instant now = clock.instant();
        return change(regionCode, id, expectedVersion, actor, now,
                (report, round) -> ReportRules.returnForCorrection(id, round, report, comment, keys, actor, now));
    }

    /** After the close: the region's correction of its self-report. */
    public Versioned<RegionalReport> correctSelfReport(String regionCode, String id, long expectedVersion,
            Supplier<ReportContent> content, String reason, String actor) {
        Instant now = clock.instant();
        return change(regionCode, id, expectedVersion, actor, now,
                (report, round) -> ReportRules.correctSelfReport(id, round, report, content.get(), reason, keys, actor, now));
    }

    /** After the close: a verifier's new verified value. */
    public Versioned<RegionalReport> correctVerified(String regionCode, String id, long expectedVersion,
            Supplier<Implementation> value, String comment, String reason, String actor) {
        Instant now = clock.instant();
        return change(regionCode, id, expectedVersion, actor, now, (report, round) ->
                ReportRules.correctVerified(id, round, report, value.get(), comment, reason, keys, actor, now));
    }

    /** The report now or, with {@code asOf}, as it was then. */
    public Versioned<RegionalReport> get(String regionCode, String id, Instant asOf) {
        Versioned<RegionalReport> report = reports.get(id, asOf);
        checkOfRegion(regionCode, id, report.state());
        return report;
    }

    public List<Revision> history(String regionCode, String id) {
        checkOfRegion(regionCode, id, reports.get(id).state());
        return reports.history(id);
    }

    public Page<Versioned<RegionalReport>> list(ReportFilter filter, Pageable page) {
        requireRegion(filter.regionCode());
        return reports.matching(filter, page);
    }

    /**
     * The region's reports, filtered by round, measure (by id, or by code: {@code measureCode} e.g. TP6.1, of any
     * programme) and status. A measure code nothing is known by matches no report.
     */
    public Page<Versioned<RegionalReport>> list(String regionCode, String roundId, String measureId, String measureCode,
            ReportStatus status, Pageable page) {
        List<String> measureIds = measureCode == null ? null
                : measures.withCode(measureCode).stream().map(KnownMeasure::measureId)
                        .filter(id -> measureId == null || measureId.equals(id)).toList();
        return list(new ReportFilter(regionCode, roundId, measureId, status, measureIds), page);
    }

    /**
     * Every cell of the round with its report or none, as the reports stand now or stood at the deadline; only the
     * cells of {@code regionCode} and of the measure with {@code measureCode} where given (then the counts are of
     * those cells).
     */
    public ReportsOfRound ofRound(String roundId, RoundMatrix.View view, String regionCode, String measureCode) {
        ReportingRound round = rounds.get(roundId).state();
        // A report exists only for a cell of the round, so one page of that many holds them all.
        int cells = round.regionCodes().size() * round.measureIds().size();
        Map<String, RegionalReport> byId = new LinkedHashMap<>();
        reports.ofRound(roundId, PageRequest.of(0, cells)).forEach(report -> byId.put(report.id(), report.state()));
        RoundMatrix.Matrix matrix = RoundMatrix.of(round, byId, view, keys,
                cell -> (regionCode == null || regionCode.equals(cell.regionCode()))
                        && (measureCode == null || measureCode.equals(cell.measureCode())));
        return new ReportsOfRound(roundId, round.status(), keys.programmeCode(round.programmeId()), round.basis(), matrix);
    }

    /**
     * The one command cycle of a report: 412 unless it is still at {@code expectedVersion}, 404 unless it is
     * the region's, then the rule on the report and its round as they are now, stored in one write.
     */
    private Versioned<RegionalReport> change(String regionCode, String id, long expectedVersion, String actor,
            Instant now, BiFunction<RegionalReport, ReportingRound, Decision<RegionalReport>> rule) {
        requireRegion(regionCode);
        return reports.update(id, expectedVersion, actor, now, report -> {
            checkOfRegion(regionCode, id, report);
            return rule.apply(report, rounds.get(report.roundId()).state());
        });
    }

    /** 404 unless the region is one of the 22 organisers. */
    public void requireRegion(String regionCode) {
        if (regions.region(regionCode).isEmpty()) {
            throw new ResourceNotFoundException("Region", regionCode);
        }
    }

    /** A report is found only under its own region's path. */
    private static void checkOfRegion(String regionCode, String id, RegionalReport report) {
        if (!report.regionCode().equals(regionCode)) {
            throw new ResourceNotFoundException("Regional report", regionCode + "/" + id);
        }
    }
}
