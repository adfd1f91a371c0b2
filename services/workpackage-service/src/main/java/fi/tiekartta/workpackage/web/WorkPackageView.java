package fi.tiekartta.workpackage.web;

import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.workpackage.ConfidenceAssessment;
import fi.tiekartta.workpackage.Measure;
import fi.tiekartta.workpackage.WorkPackage;

import java.time.Instant;
import java.util.List;

/** A work package as the API shows it: its definition, current and past confidence, and measures with lineage. */
record WorkPackageView(String id, String programmeId, String code, Text title, List<String> goalCodes,
        List<String> termIds, String owner, String status, List<String> dependsOn, ConfidenceAssessment confidence,
        List<ConfidenceAssessment> confidenceHistory, List<Measure> measures, long version, String createdBy,
        Instant createdAt, String lastChangedBy, Instant lastChangedAt) {

    static WorkPackageView of(Versioned<WorkPackage> stored) {
        WorkPackage wp = stored.state();
        return new WorkPackageView(stored.id(), wp.programmeId(), wp.code(), wp.title(), wp.goalCodes(), wp.termIds(),
                wp.owner(), wp.status().name(), wp.dependsOn(), wp.confidence().orElse(null), wp.confidenceHistory(),
                wp.measures(), stored.version(), stored.createdBy(), stored.createdAt(), stored.lastChangedBy(),
                stored.lastChangedAt());
    }
}
