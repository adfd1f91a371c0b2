package fi.tiekartta.workpackage;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.Text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A work package of a programme with its measures and every delivery confidence assessment made of it.
 * Immutable; {@link WorkPackageRules} checks each change and says which events it causes.
 */
public record WorkPackage(String programmeId, String code, Text title, List<String> goalCodes, List<String> termIds,
        String owner, Lifecycle status, List<String> dependsOn, List<ConfidenceAssessment> confidenceHistory,
        List<Measure> measures) {

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
        List<String> activeCodes = measures.stream().filter(Measure::isActive).map(Measure::code).toList();
        if (activeCodes.size() != activeCodes.stream().distinct().count()) {
            throw new DomainRuleViolation("Two active measures of a work package cannot share a code: " + activeCodes);
        }
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

    /** The same work package with its definition replaced and its measures and assessments kept. */
    WorkPackage withDefinition(WorkPackage definition) {
        return new WorkPackage(programmeId, definition.code, definition.title, definition.goalCodes, definition.termIds,
                definition.owner, definition.status, definition.dependsOn, confidenceHistory, measures);
    }

    WorkPackage withConfidenceHistory(List<ConfidenceAssessment> history) {
        return new WorkPackage(programmeId, code, title, goalCodes, termIds, owner, status, dependsOn, history, measures);
    }

    WorkPackage withMeasures(List<Measure> newMeasures) {
        return new WorkPackage(programmeId, code, title, goalCodes, termIds, owner, status, dependsOn, confidenceHistory, newMeasures);
    }
}
