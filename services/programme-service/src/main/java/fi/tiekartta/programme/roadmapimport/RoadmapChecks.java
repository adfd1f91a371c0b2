package fi.tiekartta.programme.roadmapimport;

import fi.tiekartta.platform.domain.Lifecycle;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.period.InvalidPeriodException;
import fi.tiekartta.contracts.period.Period;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.platform.domain.DomainRuleViolation;
import fi.tiekartta.platform.domain.Text;
import fi.tiekartta.programme.programme.Programme;
import fi.tiekartta.programme.programme.ProgrammeLevel;
import fi.tiekartta.programme.programme.StrategicGoal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every rule a roadmap document must keep, checked all at once so every problem can be listed: the
 * programmes' own rules, references between the document's parts (goals, terms, dependencies, measures
 * of milestones), uniqueness of codes and keys, periods, and that no programme's lifecycle would move
 * backwards. Shape (types, patterns, required fields) is the JSON Schema's job, before this.
 */
public final class RoadmapChecks {

    private RoadmapChecks() {
    }

    /**
     * @param knownTermIds      the government terms that exist
     * @param existingByCode    the programmes stored already, by code
     */
    public static List<DocumentProblem> problems(RoadmapDocument document, Set<String> knownTermIds,
            Map<String, Programme> existingByCode) {
        List<DocumentProblem> problems = new ArrayList<>();
        Set<String> programmeCodes = new HashSet<>();
        Set<String> milestoneKeys = new HashSet<>();
        for (int p = 0; p < document.programmes().size(); p++) {
            ProgrammeEntry entry = document.programmes().get(p);
            String at = "programmes[" + p + "]";
            if (!programmeCodes.add(entry.code())) {
                problems.add(new DocumentProblem(at + ".code", "programme code " + entry.code() + " appears twice"));
            }
            Programme programme = rule(problems, at, () -> toProgramme(entry));
            for (String term : nonNull(entry.termIds())) {
                if (!knownTermIds.contains(term)) {
                    problems.add(new DocumentProblem(at + ".termIds", "unknown government term " + term));
                }
            }
            Programme existing = existingByCode.get(entry.code());
            if (programme != null && existing != null && !existing.status().canBecome(programme.status())) {
                problems.add(new DocumentProblem(at + ".status", "programme " + entry.code() + " is "
                        + existing.status().name().toLowerCase() + " and cannot become " + programme.status().name().toLowerCase()));
            }
            checkWorkPackages(entry, at, problems, milestoneKeys);
        }
        return problems;
    }

    /** The programme a document entry describes; throws {@link DomainRuleViolation} where it breaks a rule. */
    public static Programme toProgramme(ProgrammeEntry entry) {
        return new Programme(entry.code(), text(entry.names()), ProgrammeLevel.valueOf(entry.level()), entry.ownerOrganisation(),
                entry.vision() == null ? null : text(entry.vision()),
                nonNull(entry.goals()).stream().map(goal -> new StrategicGoal(goal.code(), text(goal.title()))).toList(),
                nonNull(entry.themes()).stream().map(RoadmapChecks::text).toList(),
                entry.termIds(), entry.status() == null ? null : Lifecycle.valueOf(entry.status()));
    }

    private static void checkWorkPackages(ProgrammeEntry programme, String at, List<DocumentProblem> problems, Set<String> milestoneKeys) {
        List<WorkPackageEntry> workPackages = nonNull(programme.workPackages());
        Set<String> goalCodes = new HashSet<>(nonNull(programme.goals()).stream().map(RoadmapDocument.GoalEntry::code).toList());
        Set<String> terms = new HashSet<>(nonNull(programme.termIds()));
        Set<String> codes = new HashSet<>(workPackages.stream().map(WorkPackageEntry::code).toList());
        if (codes.size() != workPackages.size()) {
            problems.add(new DocumentProblem(at + ".workPackages", "two work packages of " + programme.code() + " share a code"));
        }
        for (int w = 0; w < workPackages.size(); w++) {
            WorkPackageEntry wp = workPackages.get(w);
            String wpAt = at + ".workPackages[" + w + "]";
            rule(problems, wpAt + ".title", () -> text(wp.title()));
            nonNull(wp.goalCodes()).stream().filter(goal -> !goalCodes.contains(goal))
                    .forEach(goal -> problems.add(new DocumentProblem(wpAt + ".goalCodes", programme.code() + " has no goal " + goal)));
            nonNull(wp.termIds()).stream().filter(term -> !terms.contains(term))
                    .forEach(term -> problems.add(new DocumentProblem(wpAt + ".termIds", programme.code() + " does not cover term " + term)));
            nonNull(wp.dependsOn()).stream().filter(code -> !codes.contains(code) || code.equals(wp.code()))
                    .forEach(code -> problems.add(new DocumentProblem(wpAt + ".dependsOn", "no other work package " + code + " in " + programme.code())));
            Set<String> measureCodes = new HashSet<>();
            for (int m = 0; m < nonNull(wp.measures()).size(); m++) {
                var measure = wp.measures().get(m);
                if (!measureCodes.add(measure.code())) {
                    problems.add(new DocumentProblem(wpAt + ".measures[" + m + "].code", "measure code " + measure.code() + " appears twice"));
                }
                int index = m;
                rule(problems, wpAt + ".measures[" + index + "].title", () -> text(measure.title()));
                nonNull(measure.termIds()).stream().filter(term -> !terms.contains(term)).forEach(term ->
                        problems.add(new DocumentProblem(wpAt + ".measures[" + index + "].termIds", programme.code() + " does not cover term " + term)));
            }
            for (int m = 0; m < nonNull(wp.milestones()).size(); m++) {
                checkMilestone(wp.milestones().get(m), wpAt + ".milestones[" + m + "]", measureCodes, milestoneKeys, problems);
            }
        }
    }

    private static void checkMilestone(MilestoneEntry milestone, String at, Set<String> measureCodes, Set<String> keys,
            List<DocumentProblem> problems) {
        if (!keys.add(milestone.key())) {
            problems.add(new DocumentProblem(at + ".key", "milestone key " + milestone.key() + " appears twice"));
        }
        rule(problems, at + ".title", () -> text(milestone.title()));
        if (milestone.measure() != null && !measureCodes.contains(milestone.measure())) {
            problems.add(new DocumentProblem(at + ".measure", "the work package has no measure " + milestone.measure()));
        }
        Period baseline = period(milestone.baseline(), at + ".baseline", problems);
        Period forecast = milestone.forecast() == null ? baseline : period(milestone.forecast(), at + ".forecast", problems);
        if (baseline != null && forecast != null && forecast.end().isBefore(baseline.start())) {
            problems.add(new DocumentProblem(at + ".forecast", "the forecast ends before the baseline starts"));
        }
        if (milestone.actualDate() != null && !"ACHIEVED".equals(milestone.status())) {
            problems.add(new DocumentProblem(at + ".actualDate", "only an achieved milestone has an actual date"));
        }
    }

    private static Period period(String text, String at, List<DocumentProblem> problems) {
        try {
            return Period.parse(text);
        } catch (InvalidPeriodException e) {
            problems.add(new DocumentProblem(at, e.getMessage()));
            return null;
        }
    }

    private static <T> T rule(List<DocumentProblem> problems, String at, Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainRuleViolation | NullPointerException e) {
            problems.add(new DocumentProblem(at, Objects.requireNonNullElse(e.getMessage(), "missing")));
            return null;
        }
    }

    private static Text text(LocalizedText text) {
        return Text.fromEvent(Objects.requireNonNull(text, "text is missing"));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
