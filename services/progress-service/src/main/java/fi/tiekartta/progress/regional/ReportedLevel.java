package fi.tiekartta.progress.regional;

import fi.tiekartta.contracts.PeriodData;

/**
 * One side of a report (self-reported or verified): the level on the implementation scale and, for PARTIAL, the
 * share and what it is a share of; in the views that look across rounds, also the round it comes from.
 *
 * @param level        NOT_STARTED, PLANNING, PILOTING, PARTIAL or ESTABLISHED
 * @param share        0–100 for PARTIAL, else null
 * @param shareBasis   POPULATION or MUNICIPALITIES for PARTIAL, else null
 * @param roundId      the round it was reported in (null where the view is of one round)
 * @param period       that round's period (null where the view is of one round)
 * @param illustrative whether that round (so the report) is illustrative demo content
 */
public record ReportedLevel(String level, Double share, String shareBasis, String roundId, PeriodData period,
        boolean illustrative) {
}
