package fi.tiekartta.progress.regional;

/**
 * Where the regional views are kept, written by the projection and read through {@link RegionalViews},
 * {@link MeasureCoverage}, {@link RegionalImplementation} and {@link ReportingAttention}:
 * <ul>
 *   <li>{@link #ROUNDS}: one document per round under its id (the round as its latest event says);</li>
 *   <li>{@link #REPORTS}: one document per report (one cell: round × region × measure) under its id, as corrected
 *       and as at the round's deadline, with every return;</li>
 *   <li>{@link #LATEST}: one document per programme × region × measure, the latest level self-reported and
 *       verified apart across rounds, recomputed from the two above whenever a report or a round's deadline
 *       changes;</li>
 *   <li>{@link #CELL_REPORTS}: one document per programme × region × measure, under {@link #latestId}, listing the ids
 *       of its reports ({@code reportIds}), and {@link #ROUND_REPORTS}: one document per round, under its id, listing
 *       the ids of its reports. They let the projection find a cell's or a round's reports by {@code _id}, the one
 *       lookup mongo-java-server serves from an index (it ignores the non-unique indexes on {@link #REPORTS}), so the
 *       work per event does not grow with the number of reports.</li>
 * </ul>
 */
public final class RegionalStore {

    public static final String ROUNDS = "regional_rounds";
    public static final String REPORTS = "regional_reports";
    public static final String LATEST = "regional_latest";
    public static final String CELL_REPORTS = "regional_cell_reports";
    public static final String ROUND_REPORTS = "regional_round_reports";

    private RegionalStore() {
    }

    /** The id of a {@link #LATEST} document. */
    public static String latestId(String programmeId, String regionCode, String measureId) {
        return programmeId + "/" + regionCode + "/" + measureId;
    }
}
