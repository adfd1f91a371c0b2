package fi.tiekartta.progress.regional;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.progress.indicators.NationalIndicator;

import java.util.List;

/**
 * The regional matrix of a programme: the 22 organisers grouped by cooperation area × the measures reported on,
 * each cell the level self-reported and verified apart.
 *
 * @param view         CURRENT (each cell the latest across rounds, with the round it comes from), DEADLINE (one
 *                     closed round as reported at its deadline) or CORRECTED (one round with the corrections made
 *                     after its close)
 * @param round        the round shown (DEADLINE, CORRECTED), or null for CURRENT
 * @param rounds       the rounds the cells come from, by deadline
 * @param illustrative whether any round shown is illustrative demo content (see each round's {@code basis})
 * @param nationalIndicators the programme's national indicators, shown beside the matrix (they name no region)
 */
public record RegionalMatrix(String programmeCode, String view, RoundKey round, boolean illustrative, List<RoundKey> rounds,
        List<MeasureKey> measures, List<Area> areas, List<NationalIndicator> nationalIndicators) {

    /** Without national indicators. */
    public RegionalMatrix(String programmeCode, String view, RoundKey round, boolean illustrative, List<RoundKey> rounds,
            List<MeasureKey> measures, List<Area> areas) {
        this(programmeCode, view, round, illustrative, rounds, measures, areas, List.of());
    }

    /** The same matrix with these national indicators beside it. */
    public RegionalMatrix withNationalIndicators(List<NationalIndicator> indicators) {
        return new RegionalMatrix(programmeCode, view, round, illustrative, rounds, measures, areas,
                indicators == null ? List.of() : indicators);
    }

    /** A cooperation area (1–5) with its organisers in code order. */
    public record Area(String code, LocalizedText names, List<Organiser> organisers) {
    }

    /** An organiser with one cell per measure, in the order of {@code measures}. */
    public record Organiser(String code, LocalizedText names, List<Cell> cells) {
    }

    /**
     * One organiser's implementation of one measure.
     *
     * @param status      in a round: MISSING (asked, no report submitted), NOT_ASKED, SUBMITTED, VERIFIED or
     *                    RETURNED; in the current view the status of the report the self-reported level comes from,
     *                    or NOT_REPORTED
     * @param corrections how many corrections were recorded after the round closed (in the current view, of the
     *                    report the self-reported level comes from)
     */
    public record Cell(String measureId, String measureCode, String status, String reportId, int corrections,
            ReportedLevel selfReported, ReportedLevel verified) {
    }
}
