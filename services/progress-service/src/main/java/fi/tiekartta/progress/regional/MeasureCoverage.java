package fi.tiekartta.progress.regional;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * How far the 22 organisers have implemented measures, as the regional reports say: the port through which the
 * national roadmap and work package views show regional coverage without reading the regional view's documents.
 */
public interface MeasureCoverage {

    /** The coverage of each of these measures (by measure id) that has any; a measure nobody reported on is absent. */
    Map<String, Coverage> of(Collection<String> measureIds);

    /**
     * The coverage as it was at {@code asOf} (null: now), from the reports' and rounds' earlier states. The default
     * answers the coverage now: an implementation without history (a test's) overrides it or shows the present.
     */
    default Map<String, Coverage> of(Collection<String> measureIds, Instant asOf) {
        return of(measureIds);
    }

    /**
     * One measure's coverage, each organiser counted once at its latest level: {@code selfReported} by the level the
     * organisers reported themselves (from submitted or verified reports), {@code verified} by the level the
     * ministry verified; {@code organisers} is how many organisers are asked about the measure (22 for a national
     * programme), so "not reported" is {@code organisers} minus the sum.
     *
     * @param levels the level names counted, in their order (e.g. NOT_STARTED … ESTABLISHED), as reports use them
     */
    record Coverage(String measureId, int organisers, Map<String, Integer> selfReported, Map<String, Integer> verified,
            String roundId) {
    }
}
