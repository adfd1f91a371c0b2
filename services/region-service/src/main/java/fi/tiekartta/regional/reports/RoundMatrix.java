package fi.tiekartta.regional.reports;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.regional.keys.HumanKeys;
import fi.tiekartta.regional.keys.MeasureKey;
import fi.tiekartta.regional.rounds.ReportingRound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The whole picture of a round: one cell for each region asked and each measure in scope, with its report or
 * none ({@link #MISSING}), as the reports stand now or as they stood at the deadline, and the counts by
 * status and by implementation level (self-reported and verified) that a dashboard shows.
 */
public final class RoundMatrix {

    /** The status of a cell without a report. */
    public static final String MISSING = "MISSING";

    /** Whether cells show the reports as they stand now or as they stood when the round closed. */
    public enum View {
        CURRENT,
        DEADLINE
    }

    /**
     * One cell, with the human keys next to the ids: the region's name, the measure's code and title (as last
     * learnt; null where not). The report fields are null when it is missing; {@code corrected}: corrected since
     * the close; {@code basis}: what the report rests on (ILLUSTRATIVE for demo content).
     */
    public record Cell(String regionCode, Text regionName, String measureId, String measureCode, Text measureTitle,
            String reportId, String status, Implementation selfReported, Implementation verified, boolean corrected,
            Basis basis) {
    }

    /** How many cells are at a level, by the region's own report and by the verified value. */
    public record LevelCount(ImplementationLevel level, long selfReported, long verified) {
    }

    public record Matrix(View view, List<Cell> cells, Map<String, Long> byStatus, List<LevelCount> byLevel) {
    }

    private RoundMatrix() {
    }

    /**
     * @param reports the round's reports by id
     * @param shown   which cells the matrix shows (e.g. those of one region); the counts are of these cells
     */
    public static Matrix of(ReportingRound round, Map<String, RegionalReport> reports, View view, HumanKeys keys,
            Predicate<Cell> shown) {
        Map<String, String> idsByCell = new LinkedHashMap<>();
        reports.forEach((id, report) -> idsByCell.put(report.regionCode() + "/" + report.measureId(), id));
        Map<String, MeasureKey> measures = keys.measures(round.measureIds()).stream()
                .collect(Collectors.toMap(MeasureKey::measureId, Function.identity(), (a, b) -> a));
        List<Cell> cells = new ArrayList<>();
        for (String region : round.regionCodes()) {
            Text regionName = keys.regionName(region);
            for (String measure : round.measureIds()) {
                String id = idsByCell.get(region + "/" + measure);
                MeasureKey key = measures.get(measure);
                Cell cell = id == null
                        ? new Cell(region, regionName, measure, key.code(), key.title(), null, MISSING, null, null, false, null)
                        : cell(id, reports.get(id), view, regionName, key);
                if (shown.test(cell)) {
                    cells.add(cell);
                }
            }
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put(MISSING, 0L);
        for (ReportStatus status : ReportStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        cells.forEach(cell -> byStatus.merge(cell.status(), 1L, Long::sum));
        // A draft's level is the region's work in progress, not yet reported.
        List<LevelCount> byLevel = Arrays.stream(ImplementationLevel.values()).map(level -> new LevelCount(level,
                cells.stream().filter(cell -> !ReportStatus.DRAFT.name().equals(cell.status())
                        && atLevel(cell.selfReported(), level)).count(),
                cells.stream().filter(cell -> atLevel(cell.verified(), level)).count())).toList();
        return new Matrix(view, cells, byStatus, byLevel);
    }

    private static boolean atLevel(Implementation implementation, ImplementationLevel level) {
        return implementation != null && implementation.level() == level;
    }

    private static Cell cell(String id, RegionalReport report, View view, Text regionName, MeasureKey measure) {
        ReportSnapshot shown = view == View.DEADLINE ? report.asAtDeadline()
                : new ReportSnapshot(report.selfReport(), report.status(), report.verified());
        ReportContent content = shown.selfReport();
        Implementation selfReported = content.level() == null ? null : content.implementation();
        Implementation verified = shown.verified() == null ? null : shown.verified().value();
        return new Cell(report.regionCode(), regionName, report.measureId(), measure.code(), measure.title(), id,
                shown.status().name(), selfReported, verified, !report.corrections().isEmpty(), report.basis());
    }
}
