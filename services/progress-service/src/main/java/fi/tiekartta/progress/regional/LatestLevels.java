package fi.tiekartta.progress.regional;

/**
 * Keeps each organiser's latest level of each measure across rounds ({@link RegionalStore#LATEST}) in step with the
 * stored reports and rounds. One rule, kept in one place: of a cell's reports in every round (the latest round by
 * deadline first; a round not learnt yet counts by its report's last change), the first submitted or verified one
 * gives the self-reported level, the first with a verified value the verified level. The views as of a past time
 * work it out by the same rule from the reports as they stood.
 */
public interface LatestLevels {

    /**
     * Records that a report belongs to its cell (programme × region × measure) and its round, so that the two
     * methods below find the reports they need by id, not by searching the reports. Idempotent; called for every
     * report event, before the report is stored.
     */
    void addReport(String reportId, String roundId, String programmeId, String regionCode, String measureId);

    /** Recomputes one organiser's latest level of one measure. */
    void refresh(String programmeId, String regionCode, String measureId);

    /** Recomputes every cell that has a report in this round (its deadline, and so the order of rounds, changed). */
    void refreshCellsOfRound(String roundId);
}
