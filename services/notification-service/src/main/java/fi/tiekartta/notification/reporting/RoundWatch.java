package fi.tiekartta.notification.reporting;

import fi.tiekartta.notification.inbox.Names;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the notification service keeps of a reporting round, from region-service's events: enough to tell reporters
 * a deadline is near and whom it concerns.
 *
 * @param title       null until the round's own event has been seen (a report's event may come first)
 * @param deadline    null likewise
 * @param regionCodes the regions asked
 * @param measures    the measures in scope, in the round's order
 * @param reported    per region, per measure id, the status of its report as last heard (SUBMITTED, VERIFIED,
 *                    RETURNED); a cell without a report is missing
 * @param warned      the regions told that the deadline is near (each once)
 * @param waiting     the reports submitted and not yet verified or returned
 */
public record RoundWatch(String roundId, String programmeCode, Names title, Instant deadline, String status,
        List<String> regionCodes, List<Measure> measures, Map<String, Map<String, String>> reported, Set<String> warned,
        Set<String> waiting) {

    /** A measure in scope with its human keys. */
    public record Measure(String measureId, String code, Names title) {
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    /** The measures in scope whose report {@code regionCode} has not submitted (none, returned, or never sent). */
    public List<Measure> missingFrom(String regionCode) {
        Map<String, String> ofRegion = reported.getOrDefault(regionCode, Map.of());
        return measures.stream().filter(measure -> {
            String status = ofRegion.get(measure.measureId());
            return !"SUBMITTED".equals(status) && !"VERIFIED".equals(status);
        }).toList();
    }

    public Names measureTitle(String measureId) {
        return measures.stream().filter(measure -> measure.measureId().equals(measureId)).map(Measure::title)
                .findFirst().orElse(Names.NONE);
    }
}
