package fi.tiekartta.progress.regional;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The region × measure implementation of given measures, as the regional reports say: the port through which the
 * work package view shows each organiser's latest level of each of its measures without reading the regional
 * view's documents. Written by worker R (roadmap) for worker G (regional) to implement.
 */
public interface RegionalImplementation {

    /**
     * For each of these measures (by measure id) that any organiser reported on, one cell per organiser that
     * reported it: its latest level, self-reported and verified apart, each with the round it comes from. A measure
     * nobody reported on is absent; an organiser that never reported a measure has no cell for it.
     */
    Map<String, List<Cell>> latestByRegion(Collection<String> measureIds);

    /**
     * The cells as they were at {@code asOf} (null: now), from the reports' and rounds' earlier states. The default
     * answers the cells now: an implementation without history (a test's) overrides it or shows the present.
     */
    default Map<String, List<Cell>> latestByRegion(Collection<String> measureIds, Instant asOf) {
        return latestByRegion(measureIds);
    }

    /**
     * One organiser's latest level of one measure.
     *
     * @param regionCode   the organiser's code (Statistics Finland, e.g. {@code 09}; {@code 90} for Helsinki)
     * @param regionName   its name in fi/sv/en
     * @param selfReported the latest level the organiser reported itself (a submitted or verified report), or null
     * @param verified     the latest level a verifier recorded, or null
     */
    record Cell(String measureId, String regionCode, LocalizedText regionName, Level selfReported, Level verified) {
    }

    /**
     * A level as reported in one round.
     *
     * @param level        NOT_STARTED, PLANNING, PILOTING, PARTIAL or ESTABLISHED
     * @param share        0–100 for PARTIAL, else null
     * @param shareBasis   POPULATION or MUNICIPALITIES for PARTIAL, else null
     * @param roundId      the round it was reported in
     * @param roundTitle   that round's title in fi/sv/en
     * @param roundPeriod  that round's period in canonical text, e.g. {@code 2026-H1}
     * @param reportStatus the report's status (SUBMITTED, VERIFIED, RETURNED)
     */
    record Level(String level, Integer share, String shareBasis, String roundId, LocalizedText roundTitle,
            String roundPeriod, String reportStatus) {
    }
}
