package fi.tiekartta.programme.roadmapimport;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.roadmap.RoadmapDocument;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.EvidenceEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.MilestoneEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.ProgrammeEntry;
import fi.tiekartta.contracts.roadmap.RoadmapDocument.WorkPackageEntry;
import fi.tiekartta.kernel.Basis;
import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.kernel.EvidenceLink;
import fi.tiekartta.kernel.Lifecycle;
import fi.tiekartta.kernel.Text;
import fi.tiekartta.kernel.milestone.MilestoneInvariants;
import fi.tiekartta.kernel.milestone.MilestoneStatus;
import fi.tiekartta.kernel.period.InvalidPeriodException;
import fi.tiekartta.kernel.period.Period;
import fi.tiekartta.kernel.period.PeriodValue;
import fi.tiekartta.programme.Origin;
import fi.tiekartta.programme.Programme;
import fi.tiekartta.programme.ProgrammeLevel;
import fi.tiekartta.programme.ProgrammePeriods;
import fi.tiekartta.programme.Relation;
import fi.tiekartta.programme.ProgrammeRules;
import fi.tiekartta.programme.StrategicGoal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every rule a roadmap document must keep, checked all at once so every problem can be listed. The rules are the
 * contexts' own, not copies: a programme's come from {@link Programme} and {@link ProgrammeRules}, a milestone's
 * from {@link MilestoneInvariants}, which milestone-service keeps on every milestone it stores; so a document
 * accepted here is never refused, in part, when a context applies it. Besides those: references between the
 * document's parts (goals, terms, dependencies, measures of milestones, programmes named in relations), uniqueness
 * of codes and keys, periods that can be read (canonical or Finnish, see {@link ProgrammePeriods}) and bases that
 * hold ({@link Basis}). Shape (types, patterns, required fields) is the JSON Schema's job, before this.
 * A problem found by a rule that names its field is reported at that field of the part it concerns.
 */
public final class RoadmapChecks {

    private RoadmapChecks() {
    }

    /**
     * @param knownTermIds   the government terms that exist
     * @param existingByCode the programmes stored already, by code
     * @param today          today in Finnish time: a milestone is achieved on a day that has come
     */
    public static List<DocumentProblem> problems(RoadmapDocument document, Set<String> knownTermIds,
            Map<String, Programme> existingByCode, LocalDate today) {
        List<DocumentProblem> problems = new ArrayList<>();
        Set<String> programmeCodes = new HashSet<>();
        Set<String> milestoneKeys = new HashSet<>();
        Set<String> knownCodes = new HashSet<>(existingByCode.keySet());
        document.programmes().forEach(entry -> knownCodes.add(entry.code()));
        for (int p = 0; p < document.programmes().size(); p++) {
            ProgrammeEntry entry = document.programmes().get(p);
            String at = "programmes[" + p + "]";
            if (!programmeCodes.add(entry.code())) {
                problems.add(new DocumentProblem(at + ".code", "programme code " + entry.code() + " appears twice"));
            }
            check(problems, at, () -> ProgrammeRules.checkTerms(nonNull(entry.termIds()), knownTermIds));
            Programme programme = rule(problems, at, () -> toProgramme(entry));
            Programme existing = existingByCode.get(entry.code());
            if (programme != null && existing != null) {
                check(problems, at, () -> ProgrammeRules.checkStatusChange(existing, programme));
            }
            if (programme != null) {
                check(problems, at, () -> ProgrammeRules.checkRelations(programme, knownCodes));
            }
            checkWorkPackages(entry, at, today, problems, milestoneKeys);
        }
        return problems;
    }

    /** The programme a document entry describes; throws {@link DomainRuleViolation} where it breaks a rule. */
    public static Programme toProgramme(ProgrammeEntry entry) {
        return new Programme(entry.code(), text(entry.names()), ProgrammeLevel.valueOf(entry.level()), entry.ownerOrganisation(),
                entry.vision() == null ? null : text(entry.vision()),
                nonNull(entry.goals()).stream().map(goal -> new StrategicGoal(goal.code(), text(goal.title()))).toList(),
                nonNull(entry.themes()).stream().map(RoadmapChecks::text).toList(),
                entry.termIds(), entry.status() == null ? null : Lifecycle.valueOf(entry.status()),
                entry.period() == null ? null : PeriodValue.of(ProgrammePeriods.read(entry.period(), "period")),
                Origin.fromEvent(entry.origin()),
                nonNull(entry.relations()).stream().map(Relation::fromEvent).toList(),
                Basis.fromEvent(entry.basis()), Basis.fromEvent(entry.statusBasis()));
    }

    /**
     * The document as the accepted event carries it: the same, with every period (a programme's period, a
     * milestone's baseline, forecast and actual) in its canonical text, however the document wrote it. Only for a
     * document without problems.
     */
    public static RoadmapDocument canonical(RoadmapDocument document) {
        return new RoadmapDocument(document.format(), document.source(), document.programmes().stream()
                .map(p -> new ProgrammeEntry(p.code(), p.names(), p.level(), p.ownerOrganisation(), p.vision(), p.goals(),
                        p.themes(), p.termIds(), p.status(), p.workPackages() == null ? null : p.workPackages().stream()
                                .map(RoadmapChecks::canonical).toList(),
                        canonical(p.period()), p.origin(), p.relations(), p.basis(), p.statusBasis()))
                .toList());
    }

    private static WorkPackageEntry canonical(WorkPackageEntry wp) {
        return new WorkPackageEntry(wp.code(), wp.title(), wp.goalCodes(), wp.termIds(), wp.owner(), wp.status(),
                wp.dependsOn(), wp.measures(), wp.milestones() == null ? null : wp.milestones().stream()
                        .map(m -> new MilestoneEntry(m.key(), m.title(), m.measure(), canonical(m.baseline()),
                                canonical(m.forecast()), canonical(m.actual()), m.status(), m.evidence(), m.basis()))
                        .toList(),
                wp.notes(), wp.basis(), wp.statusBasis());
    }

    private static String canonical(String period) {
        return period == null ? null : ProgrammePeriods.read(period).toString();
    }

    private static void checkWorkPackages(ProgrammeEntry programme, String at, LocalDate today, List<DocumentProblem> problems,
            Set<String> milestoneKeys) {
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
            basis(wp.basis(), wpAt + ".basis", problems);
            basis(wp.statusBasis(), wpAt + ".statusBasis", problems);
            for (int n = 0; n < nonNull(wp.notes()).size(); n++) {
                var note = wp.notes().get(n);
                String noteAt = wpAt + ".notes[" + n + "]";
                rule(problems, noteAt + ".text", () -> text(note == null ? null : note.text()));
                if (note != null) {
                    basis(note.basis(), noteAt + ".basis", problems);
                }
            }
            nonNull(wp.goalCodes()).stream().filter(goal -> !goalCodes.contains(goal))
                    .forEach(goal -> problems.add(new DocumentProblem(wpAt + ".goalCodes", programme.code() + " has no goal " + goal)));
            nonNull(wp.termIds()).stream().filter(term -> !terms.contains(term))
                    .forEach(term -> problems.add(new DocumentProblem(wpAt + ".termIds", programme.code() + " does not cover term " + term)));
            nonNull(wp.dependsOn()).stream().filter(code -> !codes.contains(code) || code.equals(wp.code()))
                    .forEach(code -> problems.add(new DocumentProblem(wpAt + ".dependsOn", "no other work package " + code + " in " + programme.code())));
            Set<String> measureCodes = new HashSet<>();
            for (int m = 0; m < nonNull(wp.measures()).size(); m++) {
                var measure = wp.measures().get(m);
                String measureAt = wpAt + ".measures[" + m + "]";
                if (!measureCodes.add(measure.code())) {
                    problems.add(new DocumentProblem(measureAt + ".code", "measure code " + measure.code() + " appears twice"));
                }
                rule(problems, measureAt + ".title", () -> text(measure.title()));
                basis(measure.basis(), measureAt + ".basis", problems);
                nonNull(measure.termIds()).stream().filter(term -> !terms.contains(term)).forEach(term ->
                        problems.add(new DocumentProblem(measureAt + ".termIds", programme.code() + " does not cover term " + term)));
            }
            for (int m = 0; m < nonNull(wp.milestones()).size(); m++) {
                checkMilestone(wp.milestones().get(m), wpAt + ".milestones[" + m + "]", measureCodes, milestoneKeys, today, problems);
            }
        }
    }

    /**
     * A milestone's own rules are milestone-service's ({@link MilestoneInvariants}), asked of the milestone as that
     * service will build it: no status means planned, no forecast means the baseline. They are asked once the parts
     * they concern can be read; a part that cannot be read is a problem of its own.
     */
    private static void checkMilestone(MilestoneEntry milestone, String at, Set<String> measureCodes, Set<String> keys,
            LocalDate today, List<DocumentProblem> problems) {
        if (!keys.add(milestone.key())) {
            problems.add(new DocumentProblem(at + ".key", "milestone key " + milestone.key() + " appears twice"));
        }
        rule(problems, at + ".title", () -> text(milestone.title()));
        if (milestone.measure() != null && !measureCodes.contains(milestone.measure())) {
            problems.add(new DocumentProblem(at + ".measure", "the work package has no measure " + milestone.measure()));
        }
        Period baseline = period(milestone.baseline(), at + ".baseline", problems);
        Period forecast = milestone.forecast() == null ? null : period(milestone.forecast(), at + ".forecast", problems);
        Period actual = milestone.actual() == null ? null : period(milestone.actual(), at + ".actual", problems);
        MilestoneStatus status = rule(problems, at + ".status", () -> status(milestone.status()));
        List<EvidenceLink> evidence = evidence(milestone, at, problems);
        basis(milestone.basis(), at + ".basis", problems);
        if (baseline != null && status != null && (actual != null || milestone.actual() == null)) {
            check(problems, at, () -> MilestoneInvariants.check(baseline, forecast, status, actual, evidence));
            Period expected = forecast == null ? baseline : forecast;
            check(problems, at, () -> MilestoneInvariants.checkOn(today, expected, status, actual));
        }
    }

    private static void basis(fi.tiekartta.contracts.BasisData basis, String at, List<DocumentProblem> problems) {
        if (basis != null) {
            rule(problems, at, () -> Basis.fromEvent(basis));
        }
    }

    private static MilestoneStatus status(String status) {
        if (status == null) {
            return MilestoneStatus.PLANNED;
        }
        return Arrays.stream(MilestoneStatus.values()).filter(known -> known.name().equals(status)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("unknown milestone status " + status + "; one of "
                        + Arrays.toString(MilestoneStatus.values())));
    }

    /** The evidence links that can be read; each one that cannot is a problem at its url. */
    private static List<EvidenceLink> evidence(MilestoneEntry milestone, String at, List<DocumentProblem> problems) {
        List<EvidenceLink> links = new ArrayList<>();
        List<EvidenceEntry> entries = nonNull(milestone.evidence());
        for (int e = 0; e < entries.size(); e++) {
            EvidenceEntry entry = entries.get(e);
            EvidenceLink link = rule(problems, at + ".evidence[" + e + "].url", () -> new EvidenceLink(entry.url(), entry.title()));
            if (link != null) {
                links.add(link);
            }
        }
        return links;
    }

    private static Period period(String text, String at, List<DocumentProblem> problems) {
        try {
            return ProgrammePeriods.read(text);
        } catch (InvalidPeriodException e) {
            problems.add(new DocumentProblem(at, e.getMessage()));
            return null;
        }
    }

    private static void check(List<DocumentProblem> problems, String at, Runnable check) {
        rule(problems, at, () -> {
            check.run();
            return Boolean.TRUE;
        });
    }

    /** What {@code check} answers, or null after recording its problem at {@code at} (and the field it names, if any). */
    private static <T> T rule(List<DocumentProblem> problems, String at, Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainRuleViolation e) {
            problems.add(new DocumentProblem(e.field() == null ? at : at + "." + e.field(), e.getMessage()));
            return null;
        } catch (NullPointerException e) {
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
