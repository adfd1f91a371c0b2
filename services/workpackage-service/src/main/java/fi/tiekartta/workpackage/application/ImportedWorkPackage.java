package fi.tiekartta.workpackage.application;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.workpackage.Note;
import fi.tiekartta.workpackage.WorkPackage;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A work package as an accepted roadmap import defines it. The document names dependencies by code, since
 * the work packages it defines have no ids yet.
 *
 * @param dependsOn the codes of the programme's work packages this one depends on
 */
public record ImportedWorkPackage(String code, Text title, List<String> goalCodes, List<String> termIds, String owner,
        Lifecycle status, List<String> dependsOn, List<ImportedMeasure> measures, String programmeCode, List<Note> notes,
        Basis basis, Basis statusBasis) {

    /** A measure as the import defines it; matched by code among the work package's active measures. */
    public record ImportedMeasure(String code, Text title, List<String> termIds, Basis basis) {

        public ImportedMeasure(String code, Text title, List<String> termIds) {
            this(code, title, termIds, null);
        }
    }

    public ImportedWorkPackage {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        measures = measures == null ? List.of() : List.copyOf(measures);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Without programme code, notes or basis. */
    public ImportedWorkPackage(String code, Text title, List<String> goalCodes, List<String> termIds, String owner,
            Lifecycle status, List<String> dependsOn, List<ImportedMeasure> measures) {
        this(code, title, goalCodes, termIds, owner, status, dependsOn, measures, null, List.of(), null, null);
    }

    /** The definition, with the dependencies that have an id in {@code idsByCode} (work package code to id). */
    WorkPackage definition(String programmeId, Map<String, String> idsByCode) {
        List<String> dependencyIds = dependsOn.stream().map(idsByCode::get).filter(Objects::nonNull).toList();
        return new WorkPackage(programmeId, code, title, goalCodes, termIds, owner, status, dependencyIds, List.of(), List.of(),
                programmeCode, notes, basis, statusBasis);
    }
}
