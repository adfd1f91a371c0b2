package fi.tiekartta.workpackage;

import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A work package of a programme with its measures and every delivery confidence assessment made of it; the
 * programme's code as last learnt (a human key events and views carry next to the id), notes on it, and what it and
 * its status rest on ({@code basis}, {@code statusBasis}: a source, our inference, or illustrative content).
 * Immutable; {@link WorkPackageRules} checks each change and says which events it causes.
 */
public record WorkPackage(String programmeId, String code, Text title, List<String> goalCodes, List<String> termIds,
        String owner, Lifecycle status, List<String> dependsOn, List<ConfidenceAssessment> confidenceHistory,
        List<Measure> measures, String programmeCode, List<Note> notes, Basis basis, Basis statusBasis) {

    /** How many notes a work package carries at most. */
    public static final int MAX_NOTES = 20;

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,15}");

    public WorkPackage {
        Objects.requireNonNull(programmeId, "programmeId");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainRuleViolation("A work package code is short, like TP3: " + code);
        }
        Objects.requireNonNull(title, "title");
        goalCodes = goalCodes == null ? List.of() : goalCodes.stream().distinct().toList();
        termIds = termIds == null ? List.of() : termIds.stream().sorted().distinct().toList();
        owner = owner == null || owner.isBlank() ? null : owner.strip();
        status = status == null ? Lifecycle.PLANNED : status;
        dependsOn = dependsOn == null ? List.of() : dependsOn.stream().distinct().toList();
        confidenceHistory = confidenceHistory == null ? List.of() : List.copyOf(confidenceHistory);
        measures = measures == null ? List.of() : List.copyOf(measures);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (notes.size() > MAX_NOTES) {
            throw new DomainRuleViolation("notes", "A work package carries at most " + MAX_NOTES + " notes.");
        }
        List<String> activeCodes = measures.stream().filter(Measure::isActive).map(Measure::code).toList();
        if (activeCodes.size() != activeCodes.stream().distinct().count()) {
            throw new DomainRuleViolation("Two active measures of a work package cannot share a code: " + activeCodes);
        }
    }

    /** A work package without programme code, notes or basis. */
    public WorkPackage(String programmeId, String code, Text title, List<String> goalCodes, List<String> termIds,
            String owner, Lifecycle status, List<String> dependsOn, List<ConfidenceAssessment> confidenceHistory,
            List<Measure> measures) {
        this(programmeId, code, title, goalCodes, termIds, owner, status, dependsOn, confidenceHistory, measures, null,
                List.of(), null, null);
    }

    /** The current delivery confidence: the latest assessment, if any. */
    public Optional<ConfidenceAssessment> confidence() {
        return confidenceHistory.isEmpty() ? Optional.empty() : Optional.of(confidenceHistory.get(confidenceHistory.size() - 1));
    }

    public Measure measure(String measureId) {
        return measures.stream().filter(measure -> measure.id().equals(measureId)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("Work package " + code + " has no measure " + measureId + "."));
    }

    /** The active measure with this code: at most one, since two active measures never share a code. */
    public Optional<Measure> activeMeasure(String measureCode) {
        return measures.stream().filter(measure -> measure.isActive() && measure.code().equals(measureCode)).findFirst();
    }

    /**
     * The same work package with its definition replaced and its measures and assessments kept; the programme's code
     * is the definition's where it has one (as last learnt), else the one known before.
     */
    WorkPackage withDefinition(WorkPackage definition) {
        return new WorkPackage(programmeId, definition.code, definition.title, definition.goalCodes, definition.termIds,
                definition.owner, definition.status, definition.dependsOn, confidenceHistory, measures,
                definition.programmeCode != null ? definition.programmeCode : programmeCode, definition.notes,
                definition.basis, definition.statusBasis);
    }

    /** The same work package naming its programme by this code (as last learnt); null keeps the code known. */
    public WorkPackage withProgrammeCode(String code) {
        return code == null ? this : new WorkPackage(programmeId, this.code, title, goalCodes, termIds, owner, status,
                dependsOn, confidenceHistory, measures, code, notes, basis, statusBasis);
    }

    WorkPackage withConfidenceHistory(List<ConfidenceAssessment> history) {
        return new WorkPackage(programmeId, code, title, goalCodes, termIds, owner, status, dependsOn, history, measures,
                programmeCode, notes, basis, statusBasis);
    }

    WorkPackage withMeasures(List<Measure> newMeasures) {
        return new WorkPackage(programmeId, code, title, goalCodes, termIds, owner, status, dependsOn, confidenceHistory,
                newMeasures, programmeCode, notes, basis, statusBasis);
    }
}
