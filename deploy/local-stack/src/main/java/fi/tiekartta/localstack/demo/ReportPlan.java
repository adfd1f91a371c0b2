package fi.tiekartta.localstack.demo;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One demo report: a region's self-report on a measure, created as a draft by the region's reporter, then taken
 * through {@code steps} while the round is open and given {@code corrections} after it closed.
 *
 * @param draft the self-report as first written: level, share, shareBasis, narrative, indicators, evidence
 */
record ReportPlan(String region, String measure, ObjectNode draft, List<Step> steps, List<Correction> corrections) {

    ReportPlan {
        steps = steps == null ? List.of() : List.copyOf(steps);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** The status after the first {@code done} steps (a new report is a draft). */
    ReportStatus statusAfter(int done) {
        ReportStatus status = ReportStatus.DRAFT;
        for (Step step : steps.subList(0, done)) {
            status = step.action().after(status);
        }
        return status;
    }

    ReportStatus finalStatus() {
        return statusAfter(steps.size());
    }

    String name() {
        return "region " + region + " " + measure;
    }
}
