package fi.tiekartta.progress.roadmap;

import fi.tiekartta.progress.regional.MeasureCoverage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The regional coverage of a work package's active measures, summed: {@code cells} is how many organiser × measure
 * pairs are asked (the sum of each measure's organisers), {@code selfReported} and {@code verified} how many of them
 * stand at each level; {@code measures} how many of its measures have any report.
 */
public record CoverageSum(int measures, int cells, Map<String, Integer> selfReported, Map<String, Integer> verified) {

    static CoverageSum of(Collection<MeasureCoverage.Coverage> coverages) {
        int cells = 0;
        Map<String, Integer> selfReported = new LinkedHashMap<>();
        Map<String, Integer> verified = new LinkedHashMap<>();
        for (MeasureCoverage.Coverage coverage : coverages) {
            cells += coverage.organisers();
            add(selfReported, coverage.selfReported());
            add(verified, coverage.verified());
        }
        return new CoverageSum(coverages.size(), cells, selfReported, verified);
    }

    private static void add(Map<String, Integer> sum, Map<String, Integer> counts) {
        if (counts != null) {
            counts.forEach((level, count) -> sum.merge(level, count == null ? 0 : count, Integer::sum));
        }
    }
}
