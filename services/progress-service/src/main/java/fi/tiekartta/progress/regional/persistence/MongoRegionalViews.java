package fi.tiekartta.progress.regional.persistence;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.region.Organiser;
import fi.tiekartta.kernel.region.OrganiserArea;
import fi.tiekartta.kernel.region.Organisers;
import fi.tiekartta.progress.history.persistence.HistoryReader;
import fi.tiekartta.progress.regional.LatestLevels;
import fi.tiekartta.progress.regional.MeasureCoverage;
import fi.tiekartta.progress.regional.MeasureKey;
import fi.tiekartta.progress.regional.RegionView;
import fi.tiekartta.progress.regional.RegionalImplementation;
import fi.tiekartta.progress.regional.RegionalMatrix;
import fi.tiekartta.progress.regional.RegionalStore;
import fi.tiekartta.progress.regional.RegionalViews;
import fi.tiekartta.progress.regional.ReportedLevel;
import fi.tiekartta.progress.regional.ReportingAttention;
import fi.tiekartta.progress.regional.RoundKey;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the regional views from the documents {@code RegionalReportingProjection} keeps ({@link RegionalStore}):
 * each answer is a fixed number of queries, by {@code _id} or an indexed key (rounds by programme code or status,
 * reports by round or region, latest levels by programme code or measure), whatever the number of events. The
 * rounds' collection is small (a few rounds a year per programme) and is read whole where a view needs every round
 * a region was asked in.
 * <p>
 * Keeps the latest levels ({@link LatestLevels}) for the projection with lookups and updates by {@code _id} only:
 * a cell's and a round's reports are found through the lists of their ids in {@link RegionalStore#CELL_REPORTS} and
 * {@link RegionalStore#ROUND_REPORTS}, not by a query on the reports' fields, which mongo-java-server would answer by
 * reading every report (it ignores non-unique indexes): the work per event stays the same however many reports
 * there are (docs/mongodb-compatibility.md).
 */
@Repository
class MongoRegionalViews implements RegionalViews, MeasureCoverage, RegionalImplementation, ReportingAttention, LatestLevels {

    static final List<String> LEVELS = List.of("NOT_STARTED", "PLANNING", "PILOTING", "PARTIAL", "ESTABLISHED");
    private static final Comparator<RoundKey> BY_DEADLINE = Comparator.comparing(RoundKey::deadline,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(RoundKey::roundId);
    private static final Comparator<MeasureKey> BY_CODE = Comparator.comparing(MeasureKey::code,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MeasureKey::measureId);

    private final MongoTemplate mongo;
    private final Organisers organisers = Organisers.reference();

    private static final Set<String> SELF_REPORTED_STATUSES = Set.of("SUBMITTED", "VERIFIED");
    private static final String REPORT_IDS = "reportIds";
    /** The document of {@link RegionalStore#CELL_REPORTS} that says the reports stored before the lists were kept are listed. */
    static final String LISTED = "#earlier-reports-listed";
    private static final int IDS_PER_QUERY = 500;
    private static final Logger log = LoggerFactory.getLogger(MongoRegionalViews.class);

    MongoRegionalViews(MongoTemplate mongo) {
        this.mongo = mongo;
        listEarlierReports();
    }

    // ---------------------------------------------------------------------------------------------- the matrix

    @Override
    public Optional<RegionalMatrix> currentMatrix(String programmeCode) {
        return currentMatrix(programmeCode, null);
    }

    /**
     * As of a past instant: the programme's rounds as they were then, and each cell's latest level worked out from
     * the reports as they were then (by the projection's rule: the report of the latest round, by deadline, that was
     * submitted or verified; the latest with a verified value), rather than read from {@code regional_latest}, which
     * keeps only the present.
     */
    @Override
    public Optional<RegionalMatrix> currentMatrix(String programmeCode, Instant asOf) {
        Criteria ofProgramme = Criteria.where("programmeCode").is(programmeCode);
        List<Document> roundDocuments = asOf == null ? mongo.find(Query.query(ofProgramme), Document.class, RegionalStore.ROUNDS)
                : HistoryReader.asOf(mongo, RegionalStore.ROUNDS, ofProgramme, asOf);
        if (roundDocuments.isEmpty()) {
            return Optional.empty();
        }
        List<Document> latestCells;
        if (asOf == null) {
            latestCells = mongo.find(Query.query(ofProgramme), Document.class, RegionalStore.LATEST);
        } else {
            Map<String, Document> roundsById = new HashMap<>();
            roundDocuments.forEach(round -> roundsById.put(round.getString("_id"), round));
            latestCells = latestOf(HistoryReader.asOf(mongo, RegionalStore.REPORTS, Criteria.where("roundId").in(roundsById.keySet()),
                    asOf), roundsById);
        }
        Map<String, RoundKey> rounds = new HashMap<>();
        Map<String, MeasureKey> measures = new LinkedHashMap<>();
        roundDocuments.stream().sorted(Comparator.comparing(round -> round.getDate("deadline"),
                Comparator.nullsFirst(Comparator.naturalOrder()))).forEach(round -> {
                    rounds.put(round.getString("_id"), roundKey(round));
                    measures(round).forEach(measure -> measures.put(measure.measureId(), measure));
                });
        Map<String, Map<String, Document>> latest = new HashMap<>();
        for (Document cell : latestCells) {
            latest.computeIfAbsent(cell.getString("regionCode"), code -> new HashMap<>()).put(cell.getString("measureId"), cell);
            measures.putIfAbsent(cell.getString("measureId"), new MeasureKey(cell.getString("measureId"),
                    cell.getString("measureCode"), null));
        }
        List<MeasureKey> measureOrder = measures.values().stream().sorted(BY_CODE).toList();
        Set<String> used = new LinkedHashSet<>();
        List<RegionalMatrix.Area> areas = areas((organiser, measure) -> {
            Document cell = latest.getOrDefault(organiser.code(), Map.of()).get(measure.measureId());
            if (cell == null) {
                return new RegionalMatrix.Cell(measure.measureId(), measure.code(), "NOT_REPORTED", null, 0, null, null);
            }
            Document self = cell.get("selfReported", Document.class);
            Document verified = cell.get("verified", Document.class);
            Document shown = self != null ? self : verified != null ? verified : cell.get("newest", Document.class);
            if (shown == null) {
                return new RegionalMatrix.Cell(measure.measureId(), measure.code(), "NOT_REPORTED", null, 0, null, null);
            }
            if (self != null) {
                used.add(self.getString("roundId"));
            }
            if (verified != null) {
                used.add(verified.getString("roundId"));
            }
            return new RegionalMatrix.Cell(measure.measureId(), measure.code(), shown.getString("status"),
                    shown.getString("reportId"), number(shown.get("corrections")), level(self, rounds), level(verified, rounds));
        }, measureOrder);
        List<RoundKey> roundOrder = rounds.values().stream().sorted(BY_DEADLINE).toList();
        boolean illustrative = roundOrder.stream().filter(round -> used.contains(round.roundId())).anyMatch(RoundKey::illustrative);
        return Optional.of(new RegionalMatrix(programmeCode, "CURRENT", null, illustrative, roundOrder, measureOrder, areas));
    }

    @Override
    public Optional<RegionalMatrix> roundMatrix(String programmeCode, String roundId, boolean atDeadline) {
        Document roundDocument = mongo.findById(roundId, Document.class, RegionalStore.ROUNDS);
        if (roundDocument == null || (programmeCode != null && !programmeCode.equals(roundDocument.getString("programmeCode")))) {
            return Optional.empty();
        }
        RoundKey round = roundKey(roundDocument);
        Set<String> asked = Set.copyOf(roundDocument.getList("regionCodes", String.class, List.of()));
        Map<String, Document> reports = new HashMap<>();
        for (Document report : mongo.find(Query.query(Criteria.where("roundId").is(roundId)), Document.class, RegionalStore.REPORTS)) {
            reports.put(report.getString("regionCode") + "/" + report.getString("measureId"), report);
        }
        List<MeasureKey> measures = measures(roundDocument);
        List<RegionalMatrix.Area> areas = areas((organiser, measure) -> {
            Document report = reports.get(organiser.code() + "/" + measure.measureId());
            if (report == null) {
                String status = asked.contains(organiser.code()) ? "MISSING" : "NOT_ASKED";
                return new RegionalMatrix.Cell(measure.measureId(), measure.code(), status, null, 0, null, null);
            }
            Document state = atDeadline && report.get("atDeadline") != null ? report.get("atDeadline", Document.class) : report;
            return new RegionalMatrix.Cell(measure.measureId(), measure.code(), state.getString("status"), report.getString("_id"),
                    number(report.get("corrections")), plain(state.get("selfReported", Document.class), round),
                    plain(state.get("verified", Document.class), round));
        }, measures);
        return Optional.of(new RegionalMatrix(round.programmeCode(), atDeadline ? "DEADLINE" : "CORRECTED", round,
                round.illustrative(), List.of(round), measures, areas));
    }

    private interface CellOf {
        RegionalMatrix.Cell of(Organiser organiser, MeasureKey measure);
    }

    private List<RegionalMatrix.Area> areas(CellOf cellOf, List<MeasureKey> measures) {
        List<RegionalMatrix.Area> areas = new ArrayList<>();
        for (OrganiserArea area : organisers.areas()) {
            List<RegionalMatrix.Organiser> members = new ArrayList<>();
            for (String code : area.memberRegionCodes().stream().sorted().toList()) {
                Organiser organiser = organisers.organiser(code).orElseThrow();
                members.add(new RegionalMatrix.Organiser(code, text(organiser.names()),
                        measures.stream().map(measure -> cellOf.of(organiser, measure)).toList()));
            }
            areas.add(new RegionalMatrix.Area(area.code(), text(area.names()), members));
        }
        return areas;
    }

    // ---------------------------------------------------------------------------------------------- the region

    @Override
    public Optional<RegionView> region(String code, Instant now) {
        return region(code, now, null);
    }

    /** As of a past instant: the rounds and the region's reports as they were then (empty when no round was known yet). */
    @Override
    public Optional<RegionView> region(String code, Instant now, Instant asOf) {
        Optional<Organiser> found = organisers.organiser(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Organiser organiser = found.get();
        OrganiserArea area = organisers.area(organiser.cooperationAreaCode()).orElseThrow();
        Map<String, Document> roundDocuments = new HashMap<>();
        for (Document round : asOf == null ? mongo.findAll(Document.class, RegionalStore.ROUNDS)
                : HistoryReader.asOf(mongo, RegionalStore.ROUNDS, new Criteria(), asOf)) {
            roundDocuments.put(round.getString("_id"), round);
        }
        if (asOf != null && roundDocuments.isEmpty()) {
            return Optional.empty();
        }
        Criteria ofRegion = Criteria.where("regionCode").is(code);
        Map<String, Map<String, Document>> reportsByRound = new HashMap<>();
        for (Document report : asOf == null ? mongo.find(Query.query(ofRegion), Document.class, RegionalStore.REPORTS)
                : HistoryReader.asOf(mongo, RegionalStore.REPORTS, ofRegion, asOf)) {
            reportsByRound.computeIfAbsent(report.getString("roundId"), id -> new HashMap<>()).put(report.getString("measureId"), report);
        }
        List<RoundKey> rounds = roundDocuments.values().stream()
                .filter(round -> round.getList("regionCodes", String.class, List.of()).contains(code)
                        || reportsByRound.containsKey(round.getString("_id")))
                .map(this::roundKey).sorted(BY_DEADLINE).toList();

        List<RegionView.RoundReports> reported = new ArrayList<>();
        Map<String, RegionView.Trend> trends = new LinkedHashMap<>();
        List<RegionView.Owed> owes = new ArrayList<>();
        List<RegionView.Returned> returned = new ArrayList<>();
        for (RoundKey round : rounds) {
            Document roundDocument = roundDocuments.get(round.roundId());
            boolean asked = roundDocument.getList("regionCodes", String.class, List.of()).contains(code);
            Map<String, Document> reports = reportsByRound.getOrDefault(round.roundId(), Map.of());
            List<RegionView.Report> entries = new ArrayList<>();
            List<RegionView.OwedReport> owed = new ArrayList<>();
            for (MeasureKey measure : measures(roundDocument)) {
                Document report = reports.get(measure.measureId());
                if (report == null && !asked) {
                    continue;
                }
                RegionView.Report entry = report == null
                        ? new RegionView.Report(measure.measureId(), measure.code(), measure.title(), null, "MISSING", null, null, 0, null)
                        : report(report, measure, round);
                entries.add(entry);
                trends.computeIfAbsent(round.programmeId() + "/" + measure.measureId(), key -> new RegionView.Trend(
                                round.programmeCode(), measure.measureId(), measure.code(), measure.title(), new ArrayList<>()))
                        .points().add(new RegionView.Point(round.roundId(), round.period() == null ? null : round.period().value(),
                                round.deadline(), entry.status(),
                                counted(entry) && entry.selfReported() != null ? entry.selfReported().level() : null,
                                entry.verified() == null ? null : entry.verified().level()));
                if ("OPEN".equals(round.status()) && asked && ("MISSING".equals(entry.status()) || "RETURNED".equals(entry.status()))) {
                    owed.add(new RegionView.OwedReport(measure.measureId(), measure.code(), measure.title(), entry.status(),
                            entry.reportId(), report == null ? null : lastReturn(report)));
                }
                if (report != null) {
                    for (Document back : report.getList("returns", Document.class, List.of())) {
                        returned.add(new RegionView.Returned(round.roundId(), round.programmeCode(),
                                round.period() == null ? null : round.period().value(), report.getString("_id"),
                                measure.measureId(), measure.code(), measure.title(), back.getString("comment"),
                                back.getString("by"), instant(back.getDate("at")), report.getString("status")));
                    }
                }
            }
            reported.add(new RegionView.RoundReports(round, entries));
            if (!owed.isEmpty()) {
                owes.add(new RegionView.Owed(round, round.deadline() != null && !now.isBefore(round.deadline()), owed));
            }
        }
        // newest first; returns made at the same instant, the later round's first
        Collections.reverse(returned);
        returned.sort(Comparator.comparing(RegionView.Returned::at, Comparator.nullsLast(Comparator.reverseOrder())));
        List<RegionView.Trend> trendOrder = trends.values().stream()
                .sorted(Comparator.comparing(RegionView.Trend::programmeCode, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RegionView.Trend::measureCode, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RegionView.Trend::measureId))
                .toList();
        return Optional.of(new RegionView(code, text(organiser.names()), area.code(), text(area.names()),
                rounds.stream().anyMatch(RoundKey::illustrative), reported, trendOrder, owes, returned));
    }

    private static boolean counted(RegionView.Report report) {
        return "SUBMITTED".equals(report.status()) || "VERIFIED".equals(report.status());
    }

    private RegionView.Report report(Document report, MeasureKey measure, RoundKey round) {
        Document atDeadline = report.get("atDeadline", Document.class);
        RegionView.Snapshot snapshot = atDeadline == null || number(report.get("corrections")) == 0 ? null
                : new RegionView.Snapshot(atDeadline.getString("status"), plain(atDeadline.get("selfReported", Document.class), round),
                        plain(atDeadline.get("verified", Document.class), round));
        return new RegionView.Report(measure.measureId(), measure.code() != null ? measure.code() : report.getString("measureCode"),
                measure.title(), report.getString("_id"), report.getString("status"),
                plain(report.get("selfReported", Document.class), round), plain(report.get("verified", Document.class), round),
                number(report.get("corrections")), snapshot);
    }

    private static String lastReturn(Document report) {
        List<Document> returns = report.getList("returns", Document.class, List.of());
        return returns.isEmpty() ? report.getString("comment") : returns.get(returns.size() - 1).getString("comment");
    }

    // ---------------------------------------------------------------------------------------------- coverage

    @Override
    public Map<String, Coverage> of(Collection<String> measureIds) {
        return of(measureIds, null);
    }

    @Override
    public Map<String, Coverage> of(Collection<String> measureIds, Instant asOf) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Document>> latest = new HashMap<>();
        for (Document cell : latestOfMeasures(measureIds, asOf)) {
            latest.computeIfAbsent(cell.getString("measureId"), id -> new ArrayList<>()).add(cell);
        }
        if (latest.isEmpty()) {
            return Map.of();
        }
        Criteria withMeasures = Criteria.where("measures.measureId").in(latest.keySet());
        Query rounds = Query.query(withMeasures);
        rounds.fields().include("deadline").include("measures").include("regionCodes");
        Map<String, Set<String>> asked = new HashMap<>();
        Map<String, Document> latestRound = new HashMap<>();
        for (Document round : asOf == null ? mongo.find(rounds, Document.class, RegionalStore.ROUNDS)
                : HistoryReader.asOf(mongo, RegionalStore.ROUNDS, withMeasures, asOf)) {
            for (Document measure : round.getList("measures", Document.class, List.of())) {
                String measureId = measure.getString("measureId");
                if (!latest.containsKey(measureId)) {
                    continue;
                }
                asked.computeIfAbsent(measureId, id -> new LinkedHashSet<>()).addAll(round.getList("regionCodes", String.class, List.of()));
                latestRound.merge(measureId, round, (one, other) -> later(one, other));
            }
        }
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        for (Map.Entry<String, List<Document>> measure : latest.entrySet()) {
            Map<String, Integer> self = zeroes();
            Map<String, Integer> verified = zeroes();
            Set<String> regions = new LinkedHashSet<>(asked.getOrDefault(measure.getKey(), Set.of()));
            for (Document cell : measure.getValue()) {
                regions.add(cell.getString("regionCode"));
                count(self, cell.get("selfReported", Document.class));
                count(verified, cell.get("verified", Document.class));
            }
            Document round = latestRound.get(measure.getKey());
            coverage.put(measure.getKey(), new Coverage(measure.getKey(), regions.size(), self, verified,
                    round == null ? null : round.getString("_id")));
        }
        return coverage;
    }

    private static Document later(Document one, Document other) {
        Date first = one.getDate("deadline");
        Date second = other.getDate("deadline");
        if (first == null) {
            return other;
        }
        return second != null && second.after(first) ? other : one;
    }

    private static Map<String, Integer> zeroes() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        LEVELS.forEach(level -> counts.put(level, 0));
        return counts;
    }

    private static void count(Map<String, Integer> counts, Document side) {
        if (side != null && side.getString("level") != null) {
            counts.merge(side.getString("level"), 1, Integer::sum);
        }
    }

    // ---------------------------------------------------------------------------------------------- region × measure

    @Override
    public Map<String, List<Cell>> latestByRegion(Collection<String> measureIds) {
        return latestByRegion(measureIds, null);
    }

    @Override
    public Map<String, List<Cell>> latestByRegion(Collection<String> measureIds, Instant asOf) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        List<Document> cells = latestOfMeasures(measureIds, asOf);
        Set<String> roundIds = new LinkedHashSet<>();
        for (Document cell : cells) {
            for (String side : List.of("selfReported", "verified")) {
                Document value = cell.get(side, Document.class);
                if (value != null) {
                    roundIds.add(value.getString("roundId"));
                }
            }
        }
        Map<String, RoundKey> rounds = new HashMap<>();
        if (!roundIds.isEmpty()) {
            (asOf == null ? mongo.find(Query.query(Criteria.where("_id").in(roundIds)), Document.class, RegionalStore.ROUNDS)
                    : HistoryReader.asOfByIds(mongo, RegionalStore.ROUNDS, roundIds, asOf))
                    .forEach(round -> rounds.put(round.getString("_id"), roundKey(round)));
        }
        Map<String, List<Cell>> byMeasure = new LinkedHashMap<>();
        cells.stream().sorted(Comparator.comparing((Document cell) -> cell.getString("regionCode"))).forEach(cell -> {
            String regionCode = cell.getString("regionCode");
            LocalizedText name = organisers.organiser(regionCode).map(organiser -> text(organiser.names()))
                    .orElseGet(() -> localized(cell.get("regionName", Document.class)));
            byMeasure.computeIfAbsent(cell.getString("measureId"), id -> new ArrayList<>()).add(new Cell(cell.getString("measureId"),
                    regionCode, name, implementation(cell.get("selfReported", Document.class), rounds),
                    implementation(cell.get("verified", Document.class), rounds)));
        });
        return byMeasure;
    }

    private Level implementation(Document side, Map<String, RoundKey> rounds) {
        if (side == null) {
            return null;
        }
        RoundKey round = rounds.get(side.getString("roundId"));
        Number share = side.get("share", Number.class);
        return new Level(side.getString("level"), share == null ? null : (int) Math.round(share.doubleValue()),
                side.getString("shareBasis"), side.getString("roundId"), round == null ? null : round.title(),
                round == null || round.period() == null ? null : round.period().value(), side.getString("status"));
    }

    // ---------------------------------------------------------------------------------------------- latest as of

    /** The latest-level documents of these measures: kept ones now, else worked out from the reports as of then. */
    private List<Document> latestOfMeasures(Collection<String> measureIds, Instant asOf) {
        Criteria ofMeasures = Criteria.where("measureId").in(measureIds);
        if (asOf == null) {
            return mongo.find(Query.query(ofMeasures), Document.class, RegionalStore.LATEST);
        }
        List<Document> reports = HistoryReader.asOf(mongo, RegionalStore.REPORTS, ofMeasures, asOf);
        Map<String, Document> roundsById = new HashMap<>();
        HistoryReader.asOfByIds(mongo, RegionalStore.ROUNDS,
                        reports.stream().map(report -> report.getString("roundId")).collect(java.util.stream.Collectors.toSet()), asOf)
                .forEach(round -> roundsById.put(round.getString("_id"), round));
        return latestOf(reports, roundsById);
    }

    /**
     * The latest-level documents ({@code regional_latest}'s shape) worked out from reports as they stood, by the rule
     * {@code RegionalReportingProjection} keeps them by: per programme × region × measure, of its reports in every
     * round (latest round by deadline first; a round not known by its report's last change), the first submitted or
     * verified one gives the self-reported level, the first with a verified value the verified level.
     */
    private static List<Document> latestOf(List<Document> reports, Map<String, Document> roundsById) {
        Map<String, List<Document>> byCell = new LinkedHashMap<>();
        for (Document report : reports) {
            byCell.computeIfAbsent(RegionalStore.latestId(report.getString("programmeId"), report.getString("regionCode"),
                    report.getString("measureId")), id -> new ArrayList<>()).add(report);
        }
        List<Document> latest = new ArrayList<>();
        byCell.forEach((id, ofCell) -> latest.add(latestCell(id, ofCell, roundsById)));
        return latest;
    }

    // --------------------------------------------------------------------------- latest levels (LatestLevels)

    @Override
    public void addReport(String reportId, String roundId, String programmeId, String regionCode, String measureId) {
        mongo.upsert(byId(RegionalStore.latestId(programmeId, regionCode, measureId)), new Update().addToSet(REPORT_IDS, reportId),
                RegionalStore.CELL_REPORTS);
        if (roundId != null) {
            mongo.upsert(byId(roundId), new Update().addToSet(REPORT_IDS, reportId), RegionalStore.ROUND_REPORTS);
        }
    }

    /** Every cell that has a report in this round: the round's reports, found by the ids its document lists. */
    @Override
    public void refreshCellsOfRound(String roundId) {
        Set<List<String>> cells = new LinkedHashSet<>();
        for (Document report : reportsListedIn(RegionalStore.ROUND_REPORTS, roundId, "roundId", "programmeId", "regionCode", "measureId")) {
            if (roundId.equals(report.getString("roundId"))) {
                cells.add(List.of(report.getString("programmeId"), report.getString("regionCode"), report.getString("measureId")));
            }
        }
        cells.forEach(cell -> refresh(cell.get(0), cell.get(1), cell.get(2)));
    }

    /**
     * Recomputes one organiser's latest level of one measure: of its reports in every round, the one of the latest
     * round (by deadline; a round not learnt yet counts by the report's last change) that was submitted or verified
     * gives the self-reported level, the latest one with a verified value gives the verified level. The cell's
     * reports are read by the ids its {@link RegionalStore#CELL_REPORTS} document lists (at most one per round).
     */
    @Override
    public void refresh(String programmeId, String regionCode, String measureId) {
        String id = RegionalStore.latestId(programmeId, regionCode, measureId);
        List<Document> reports = new ArrayList<>(reportsListedIn(RegionalStore.CELL_REPORTS, id));
        reports.removeIf(report -> !Objects.equals(report.getString("programmeId"), programmeId)
                || !Objects.equals(report.getString("regionCode"), regionCode)
                || !Objects.equals(report.getString("measureId"), measureId));
        if (reports.isEmpty()) {
            mongo.remove(byId(id), RegionalStore.LATEST);
            return;
        }
        Query rounds = Query.query(Criteria.where("_id").in(reports.stream().map(report -> report.getString("roundId")).toList()));
        rounds.fields().include("deadline").include("programmeCode").include("measures");
        Map<String, Document> roundsById = new HashMap<>();
        mongo.find(rounds, Document.class, RegionalStore.ROUNDS).forEach(round -> roundsById.put(round.getString("_id"), round));
        mongo.save(latestCell(id, reports, roundsById), RegionalStore.LATEST);
    }

    /** The reports whose ids the document {@code id} of {@code collection} lists, read by {@code _id $in}; all fields unless some are named. */
    private List<Document> reportsListedIn(String collection, String id, String... fields) {
        Document listing = mongo.findById(id, Document.class, collection);
        List<String> ids = listing == null ? List.of() : listing.getList(REPORT_IDS, String.class, List.of());
        List<Document> reports = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            Query byIds = Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
            for (String field : fields) {
                byIds.fields().include(field);
            }
            reports.addAll(mongo.find(byIds, Document.class, RegionalStore.REPORTS));
        }
        return reports;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /**
     * Lists the reports stored before the cells' and rounds' lists were kept (by an earlier version of this service)
     * in those lists, once per generation: one pass over the reports, then one update per cell and round. Marked
     * done by the document {@value #LISTED} in {@link RegionalStore#CELL_REPORTS}; in a new generation it finds no
     * reports and only marks it. The lists are sets, so doing it again (after a crash) changes nothing.
     */
    private void listEarlierReports() {
        if (mongo.findById(LISTED, Document.class, RegionalStore.CELL_REPORTS) != null) {
            return;
        }
        Query all = new Query();
        all.fields().include("roundId").include("programmeId").include("regionCode").include("measureId");
        Map<String, List<String>> byCell = new HashMap<>();
        Map<String, List<String>> byRound = new HashMap<>();
        try (Stream<Document> reports = mongo.stream(all, Document.class, RegionalStore.REPORTS)) {
            reports.forEach(report -> {
                String reportId = report.getString("_id");
                byCell.computeIfAbsent(RegionalStore.latestId(report.getString("programmeId"), report.getString("regionCode"),
                        report.getString("measureId")), cell -> new ArrayList<>()).add(reportId);
                if (report.getString("roundId") != null) {
                    byRound.computeIfAbsent(report.getString("roundId"), round -> new ArrayList<>()).add(reportId);
                }
            });
        }
        byCell.forEach((cell, ids) -> mongo.upsert(byId(cell), new Update().addToSet(REPORT_IDS).each(ids.toArray()),
                RegionalStore.CELL_REPORTS));
        byRound.forEach((round, ids) -> mongo.upsert(byId(round), new Update().addToSet(REPORT_IDS).each(ids.toArray()),
                RegionalStore.ROUND_REPORTS));
        mongo.save(new Document("_id", LISTED).append("at", new Date()), RegionalStore.CELL_REPORTS);
        if (!byCell.isEmpty()) {
            log.info("Listed {} earlier reports in {} cells and {} rounds", byCell.values().stream().mapToInt(List::size).sum(),
                    byCell.size(), byRound.size());
        }
    }

    private static Date order(Document report, Map<String, Document> roundsById) {
        Document round = roundsById.get(report.getString("roundId"));
        Date deadline = round == null ? null : round.getDate("deadline");
        if (deadline != null) {
            return deadline;
        }
        Date changedAt = report.getDate("changedAt");
        return changedAt == null ? new Date(0) : changedAt;
    }

    private static Document side(Document report, String field) {
        Document value = new Document(report.get(field, Document.class));
        return value.append("roundId", report.getString("roundId")).append("reportId", report.getString("_id"))
                .append("status", report.getString("status")).append("corrections", report.get("corrections"));
    }

    private static String programmeCode(List<Document> reports, Map<String, Document> roundsById) {
        for (Document report : reports) {
            if (report.getString("programmeCode") != null) {
                return report.getString("programmeCode");
            }
            Document round = roundsById.get(report.getString("roundId"));
            if (round != null && round.getString("programmeCode") != null) {
                return round.getString("programmeCode");
            }
        }
        return null;
    }

    private static String measureCode(List<Document> reports, Map<String, Document> roundsById, String measureId) {
        for (Document report : reports) {
            if (report.getString("measureCode") != null) {
                return report.getString("measureCode");
            }
            Document round = roundsById.get(report.getString("roundId"));
            for (Document measure : round == null ? List.<Document>of() : round.getList("measures", Document.class, List.of())) {
                if (measureId.equals(measure.getString("measureId")) && measure.getString("code") != null) {
                    return measure.getString("code");
                }
            }
        }
        return null;
    }

    /**
     * The latest-level document of one cell from its reports (any order) and their rounds, by the rule
     * {@link LatestLevels} states: used for the stored document and for the views as of a past time alike.
     */
    private static Document latestCell(String id, List<Document> cellReports, Map<String, Document> roundsById) {
        List<Document> reports = new ArrayList<>(cellReports);
        String programmeId = reports.get(0).getString("programmeId");
        String regionCode = reports.get(0).getString("regionCode");
        String measureId = reports.get(0).getString("measureId");
        Comparator<Document> byRound = Comparator.comparing((Document report) -> order(report, roundsById))
                .thenComparing(report -> report.getString("roundId"));
        reports.sort(byRound.reversed());

        Document self = reports.stream()
                .filter(report -> SELF_REPORTED_STATUSES.contains(report.getString("status")) && report.get("selfReported") != null)
                .findFirst().orElse(null);
        Document verified = reports.stream().filter(report -> report.get("verified") != null).findFirst().orElse(null);
        Document newest = reports.get(0);
        Document latest = new Document("_id", id)
                .append("programmeId", programmeId)
                .append("programmeCode", programmeCode(reports, roundsById))
                .append("regionCode", regionCode)
                .append("regionName", newest.get("regionName"))
                .append("measureId", measureId)
                .append("measureCode", measureCode(reports, roundsById, measureId))
                .append("newest", new Document("roundId", newest.getString("roundId")).append("reportId", newest.getString("_id"))
                        .append("status", newest.getString("status")).append("corrections", newest.get("corrections")))
                .append("selfReported", self == null ? null : side(self, "selfReported"))
                .append("verified", verified == null ? null : side(verified, "verified"));
        return latest;
    }

    // ---------------------------------------------------------------------------------------------- attention

    @Override
    public List<Item> near(Instant now, int days, String programmeCode) {
        Criteria open = Criteria.where("status").is("OPEN");
        if (programmeCode != null) {
            open.and("programmeCode").is(programmeCode);
        }
        Instant horizon = now.plus(Duration.ofDays(days));
        List<Document> rounds = mongo.find(Query.query(open), Document.class, RegionalStore.ROUNDS).stream()
                .filter(round -> round.getDate("deadline") != null && !round.getDate("deadline").toInstant().isAfter(horizon))
                .toList();
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<String, Document> reports = new HashMap<>();
        for (Document report : mongo.find(Query.query(Criteria.where("roundId").in(rounds.stream().map(round -> round.getString("_id")).toList())),
                Document.class, RegionalStore.REPORTS)) {
            reports.put(report.getString("roundId") + "/" + report.getString("regionCode") + "/" + report.getString("measureId"), report);
        }
        List<Item> items = new ArrayList<>();
        for (Document roundDocument : rounds) {
            RoundKey round = roundKey(roundDocument);
            boolean overdue = !now.isBefore(round.deadline());
            List<MeasureKey> measures = measures(roundDocument).stream().sorted(BY_CODE).toList();
            for (String regionCode : roundDocument.getList("regionCodes", String.class, List.of()).stream().sorted().toList()) {
                LocalizedText regionName = organisers.organiser(regionCode).map(organiser -> text(organiser.names())).orElse(null);
                for (MeasureKey measure : measures) {
                    Document report = reports.get(round.roundId() + "/" + regionCode + "/" + measure.measureId());
                    String kind = report == null ? "MISSING_REPORT" : "RETURNED".equals(report.getString("status")) ? "RETURNED_REPORT" : null;
                    if (kind != null) {
                        items.add(new Item(kind, round.roundId(), round.title(), round.period() == null ? null : round.period().value(),
                                round.programmeId(), round.programmeCode(), round.deadline(), overdue, regionCode, regionName,
                                measure.measureId(), measure.code(), measure.title(), report == null ? null : report.getString("_id"),
                                report == null ? null : lastReturn(report), round.basis()));
                    }
                }
            }
        }
        items.sort(Comparator.comparing(Item::deadline).thenComparing(Item::roundId).thenComparing(Item::regionCode)
                .thenComparing(Item::measureCode, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    // ---------------------------------------------------------------------------------------------- documents

    private RoundKey roundKey(Document round) {
        return new RoundKey(round.getString("_id"), round.getString("programmeId"), round.getString("programmeCode"),
                localized(round.get("title", Document.class)), read(PeriodData.class, round.get("period", Document.class)),
                instant(round.getDate("deadline")), round.getString("status"), instant(round.getDate("closedAt")),
                round.getString("closeReason"), read(BasisData.class, round.get("basis", Document.class)));
    }

    private List<MeasureKey> measures(Document round) {
        return round.getList("measures", Document.class, List.of()).stream()
                .map(measure -> new MeasureKey(measure.getString("measureId"), measure.getString("code"),
                        localized(measure.get("title", Document.class))))
                .toList();
    }

    private static ReportedLevel level(Document side, Map<String, RoundKey> rounds) {
        if (side == null) {
            return null;
        }
        RoundKey round = rounds.get(side.getString("roundId"));
        return new ReportedLevel(side.getString("level"), share(side), side.getString("shareBasis"), side.getString("roundId"),
                round == null ? null : round.period(), round != null && round.illustrative());
    }

    private static ReportedLevel plain(Document side, RoundKey round) {
        return side == null ? null : new ReportedLevel(side.getString("level"), share(side), side.getString("shareBasis"),
                round.roundId(), round.period(), round.illustrative());
    }

    private static Double share(Document side) {
        Number share = side.get("share", Number.class);
        return share == null ? null : share.doubleValue();
    }

    private <T> T read(Class<T> type, Document document) {
        return document == null ? null : mongo.getConverter().read(type, document);
    }

    private static LocalizedText localized(Document text) {
        return text == null ? null : new LocalizedText(text.getString("fi"), text.getString("sv"), text.getString("en"),
                text.getString("original"));
    }

    private static LocalizedText text(Text text) {
        return text == null ? null : text.toEvent();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

}
