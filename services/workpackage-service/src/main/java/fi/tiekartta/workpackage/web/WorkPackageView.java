package fi.tiekartta.workpackage.web;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.workpackage.NoteData;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.platform.aggregate.Versioned;
import fi.tiekartta.workpackage.ConfidenceAssessment;
import fi.tiekartta.workpackage.Measure;
import fi.tiekartta.workpackage.Note;
import fi.tiekartta.workpackage.WorkPackage;

import java.time.Instant;
import java.util.List;

/**
 * A work package as the API shows it: its definition with the programme's code (as last learnt, a human key next to
 * the id), notes and what it and its status rest on ({@code basis}, {@code statusBasis}, null when none), current and
 * past confidence, and measures with lineage, each with the human keys of its work package and programme.
 */
record WorkPackageView(String id, String programmeId, String programmeCode, String code, Text title, List<String> goalCodes,
        List<String> termIds, String owner, String status, List<String> dependsOn, List<NoteData> notes, BasisData basis,
        BasisData statusBasis, ConfidenceAssessment confidence, List<ConfidenceAssessment> confidenceHistory,
        List<MeasureView> measures, long version, String createdBy, Instant createdAt, String lastChangedBy,
        Instant lastChangedAt) {

    static WorkPackageView of(Versioned<WorkPackage> stored) {
        WorkPackage wp = stored.state();
        return new WorkPackageView(stored.id(), wp.programmeId(), wp.programmeCode(), wp.code(), wp.title(), wp.goalCodes(),
                wp.termIds(), wp.owner(), wp.status().name(), wp.dependsOn(), wp.notes().stream().map(Note::toEvent).toList(),
                Basis.toEvent(wp.basis()), Basis.toEvent(wp.statusBasis()), wp.confidence().orElse(null),
                wp.confidenceHistory(), MeasureView.all(wp), stored.version(), stored.createdBy(), stored.createdAt(),
                stored.lastChangedBy(), stored.lastChangedAt());
    }

    /** A measure as the API shows it, with the codes of its work package and programme beside their ids. */
    record MeasureView(String id, String code, Text title, List<String> termIds, String status, List<String> predecessors,
            List<String> successors, String reason, BasisData basis, String workPackageCode, String programmeCode) {

        static List<MeasureView> all(WorkPackage wp) {
            return wp.measures().stream().map(measure -> of(wp, measure)).toList();
        }

        static MeasureView of(WorkPackage wp, Measure measure) {
            return new MeasureView(measure.id(), measure.code(), measure.title(), measure.termIds(), measure.status().name(),
                    measure.predecessors(), measure.successors(), measure.reason(), Basis.toEvent(measure.basis()), wp.code(),
                    wp.programmeCode());
        }
    }
}
