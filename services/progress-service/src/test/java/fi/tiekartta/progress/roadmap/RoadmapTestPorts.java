package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.progress.regional.MeasureCoverage;
import fi.tiekartta.progress.regional.RegionalImplementation;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regional ports as the roadmap tests need them: answers the tests set per measure id. Primary, so they win
 * over the regional feature's own beans.
 */
@TestConfiguration
class RoadmapTestPorts {

    static final Map<String, MeasureCoverage.Coverage> COVERAGE = new ConcurrentHashMap<>();
    static final Map<String, List<RegionalImplementation.Cell>> CELLS = new ConcurrentHashMap<>();

    @Bean
    @Primary
    MeasureCoverage testMeasureCoverage() {
        return (Collection<String> measureIds) -> {
            Map<String, MeasureCoverage.Coverage> found = new LinkedHashMap<>();
            measureIds.forEach(id -> {
                if (COVERAGE.containsKey(id)) {
                    found.put(id, COVERAGE.get(id));
                }
            });
            return found;
        };
    }

    @Bean
    @Primary
    RegionalImplementation testRegionalImplementation() {
        return (Collection<String> measureIds) -> {
            Map<String, List<RegionalImplementation.Cell>> found = new LinkedHashMap<>();
            measureIds.forEach(id -> {
                if (CELLS.containsKey(id)) {
                    found.put(id, CELLS.get(id));
                }
            });
            return found;
        };
    }

    static LocalizedText region(String fi) {
        return new LocalizedText(fi, null, null, "fi");
    }
}
