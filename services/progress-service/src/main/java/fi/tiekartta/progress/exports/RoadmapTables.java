package fi.tiekartta.progress.exports;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.progress.regional.MeasureCoverage;
import fi.tiekartta.progress.roadmap.ConfidenceAssessment;
import fi.tiekartta.progress.roadmap.CoverageSum;
import fi.tiekartta.progress.roadmap.MeasureView;
import fi.tiekartta.progress.roadmap.MilestoneCounts;
import fi.tiekartta.progress.roadmap.MilestoneView;
import fi.tiekartta.progress.roadmap.ProgrammeRoadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The roadmap of a programme as tables: its work packages, their measures and its milestones, each a sheet; and all
 * three in one table for a CSV, with a row type, each work package followed by its measures and its milestones.
 * Every column is defined once ({@link #COLUMNS}, in the CSV's order); each sheet takes the ones that apply.
 */
final class RoadmapTables {

    /** The implementation levels, highest first, as the coverage columns list them. */
    private static final List<String> LEVELS_HIGH_FIRST = List.of("ESTABLISHED", "PARTIAL", "PILOTING", "PLANNING", "NOT_STARTED");

    static final String KIND = "kind";
    static final String PROGRAMME = "programme";
    static final String CODE = "code";
    static final String WORK_PACKAGE = "workPackage";
    static final String MEASURE = "measure";
    static final String TITLE = "title";
    static final String STATUS = "status";
    static final String TERMS = "terms";
    static final String BASELINE = "baseline";
    static final String BASELINE_CANONICAL = "baselineCanonical";
    static final String FORECAST = "forecast";
    static final String FORECAST_CANONICAL = "forecastCanonical";
    static final String ACTUAL = "actual";
    static final String ACTUAL_CANONICAL = "actualCanonical";
    static final String OVERDUE = "overdue";
    static final String SLIPPED = "slipped";
    static final String CONFIDENCE = "confidence";
    static final String RATIONALE = "confidenceRationale";
    static final String ASSESSED = "confidenceAssessedOn";
    static final String TOTAL = "milestones";
    static final String ACHIEVED = "achieved";
    static final String ON_TRACK = "onTrack";
    static final String AT_RISK = "atRisk";
    static final String OVERDUE_COUNT = "overdueCount";
    static final String NOT_RECORDED = "notRecorded";
    static final String MISSED = "missed";
    static final String CANCELLED = "cancelled";
    static final String NEXT = "nextMilestone";
    static final String PREDECESSORS = "predecessors";
    static final String SUCCESSORS = "successors";
    static final String ORGANISERS = "organisers";
    static final String SELF_REPORTED = "selfReported";
    static final String VERIFIED = "verified";
    static final String BASIS = "basis";
    static final String SOURCE = "source";
    static final String ILLUSTRATIVE = "illustrative";
    static final String LANGUAGE = "language";

    static final List<String> COLUMNS = List.of(KIND, PROGRAMME, CODE, WORK_PACKAGE, MEASURE, TITLE, STATUS, TERMS, BASELINE,
            BASELINE_CANONICAL, FORECAST, FORECAST_CANONICAL, ACTUAL, ACTUAL_CANONICAL, OVERDUE, SLIPPED, CONFIDENCE, RATIONALE,
            ASSESSED, TOTAL, ACHIEVED, ON_TRACK, AT_RISK, OVERDUE_COUNT, NOT_RECORDED, MISSED, CANCELLED, NEXT, PREDECESSORS,
            SUCCESSORS, ORGANISERS, SELF_REPORTED, VERIFIED, BASIS, SOURCE, ILLUSTRATIVE, LANGUAGE);

    static final List<String> WORK_PACKAGE_COLUMNS = List.of(PROGRAMME, CODE, TITLE, STATUS, TERMS, CONFIDENCE, RATIONALE,
            ASSESSED, TOTAL, ACHIEVED, ON_TRACK, AT_RISK, OVERDUE_COUNT, NOT_RECORDED, MISSED, CANCELLED, NEXT, ORGANISERS,
            SELF_REPORTED, VERIFIED, BASIS, SOURCE, ILLUSTRATIVE, LANGUAGE);

    static final List<String> MEASURE_COLUMNS = List.of(PROGRAMME, WORK_PACKAGE, CODE, TITLE, STATUS, TERMS, PREDECESSORS,
            SUCCESSORS, TOTAL, ACHIEVED, ON_TRACK, AT_RISK, OVERDUE_COUNT, NOT_RECORDED, MISSED, CANCELLED, ORGANISERS,
            SELF_REPORTED, VERIFIED, BASIS, SOURCE, ILLUSTRATIVE, LANGUAGE);

    static final List<String> MILESTONE_COLUMNS = List.of(PROGRAMME, CODE, WORK_PACKAGE, MEASURE, TITLE, BASELINE,
            BASELINE_CANONICAL, FORECAST, FORECAST_CANONICAL, ACTUAL, ACTUAL_CANONICAL, STATUS, OVERDUE, SLIPPED, TERMS, BASIS,
            SOURCE, ILLUSTRATIVE, LANGUAGE);

    private final Vocabulary words;
    private final ProgrammeRoadmap roadmap;
    private final boolean regionalIllustrative;
    private final Map<String, String> headings;

    /**
     * @param regionalIllustrative whether the regional reports the coverage columns count are illustrative
     */
    RoadmapTables(Vocabulary words, ProgrammeRoadmap roadmap, boolean regionalIllustrative) {
        this.words = words;
        this.roadmap = roadmap;
        this.regionalIllustrative = regionalIllustrative;
        this.headings = headings(words);
    }

    private static Map<String, String> headings(Vocabulary w) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(KIND, w.t("Rivityyppi", "Radtyp", "Row type"));
        h.put(PROGRAMME, w.t("Ohjelma", "Program", "Programme"));
        h.put(CODE, w.t("Koodi", "Kod", "Code"));
        h.put(WORK_PACKAGE, w.t("Työpaketti", "Arbetspaket", "Work package"));
        h.put(MEASURE, w.t("Toimenpide", "Åtgärd", "Measure"));
        h.put(TITLE, w.t("Nimi", "Benämning", "Title"));
        h.put(STATUS, w.t("Tila", "Status", "Status"));
        h.put(TERMS, w.t("Hallituskaudet", "Regeringsperioder", "Government terms"));
        h.put(BASELINE, w.t("Lähtötaso", "Ursprunglig tidpunkt", "Baseline"));
        h.put(BASELINE_CANONICAL, w.t("Lähtötaso (koodi)", "Ursprunglig tidpunkt (kod)", "Baseline (canonical)"));
        h.put(FORECAST, w.t("Ennuste", "Prognos", "Forecast"));
        h.put(FORECAST_CANONICAL, w.t("Ennuste (koodi)", "Prognos (kod)", "Forecast (canonical)"));
        h.put(ACTUAL, w.t("Toteutunut", "Utfall", "Actual"));
        h.put(ACTUAL_CANONICAL, w.t("Toteutunut (koodi)", "Utfall (kod)", "Actual (canonical)"));
        h.put(OVERDUE, w.t("Myöhässä", "Försenad", "Overdue"));
        h.put(SLIPPED, w.t("Ennuste siirtynyt", "Prognosen förskjuten", "Forecast slipped"));
        h.put(CONFIDENCE, w.t("Toteutusvarmuus", "Leveranssäkerhet", "Delivery confidence"));
        h.put(RATIONALE, w.t("Toteutusvarmuuden perustelu", "Motivering till leveranssäkerheten", "Confidence rationale"));
        h.put(ASSESSED, w.t("Toteutusvarmuus arvioitu", "Leveranssäkerheten bedömd", "Confidence assessed on"));
        h.put(TOTAL, w.t("Virstanpylväitä", "Milstolpar", "Milestones"));
        h.put(ACHIEVED, w.t("Saavutettu", "Uppnådda", "Achieved"));
        h.put(ON_TRACK, w.t("Aikataulussa", "Enligt plan", "On track"));
        h.put(AT_RISK, w.t("Vaarassa", "I fara", "At risk"));
        h.put(OVERDUE_COUNT, w.t("Myöhässä olevia", "Försenade", "Overdue"));
        h.put(NOT_RECORDED, w.t("Toteutumista ei kirjattu", "Genomförandet inte registrerat", "Completion not recorded"));
        h.put(MISSED, w.t("Ei saavutettu", "Missade", "Missed"));
        h.put(CANCELLED, w.t("Peruttu", "Inställda", "Cancelled"));
        h.put(NEXT, w.t("Seuraava virstanpylväs", "Nästa milstolpe", "Next milestone"));
        h.put(PREDECESSORS, w.t("Edeltäjät", "Föregångare", "Predecessors"));
        h.put(SUCCESSORS, w.t("Seuraajat", "Efterföljare", "Successors"));
        h.put(ORGANISERS, w.t("Järjestäjiä kysytty", "Tillfrågade anordnare", "Organisers asked"));
        h.put(SELF_REPORTED, w.t("Toteutus, itse ilmoitettu", "Genomförande, självrapporterat", "Implementation, self-reported"));
        h.put(VERIFIED, w.t("Toteutus, todennettu", "Genomförande, verifierat", "Implementation, verified"));
        h.put(BASIS, w.t("Perusta", "Grund", "Basis"));
        h.put(SOURCE, w.t("Lähde", "Källa", "Source"));
        h.put(ILLUSTRATIVE, w.illustrativeHeading());
        h.put(LANGUAGE, w.languageHeading());
        return h;
    }

    Table workPackages() {
        Table.Builder table = table(words.t("Työpaketit", "Arbetspaket", "Work packages"), WORK_PACKAGE_COLUMNS);
        roadmap.workPackages().forEach(workPackage -> workPackageRow(workPackage, table.row()));
        return table.build();
    }

    Table measures() {
        Table.Builder table = table(words.t("Toimenpiteet", "Åtgärder", "Measures"), MEASURE_COLUMNS);
        roadmap.workPackages().forEach(workPackage -> workPackage.measures()
                .forEach(measure -> measureRow(workPackage, measure, table.row())));
        return table.build();
    }

    /** The programme's milestones, earliest forecast first (open-ended last), as the roadmap's timeline orders them. */
    Table milestones() {
        Table.Builder table = table(words.t("Virstanpylväät", "Milstolpar", "Milestones"), MILESTONE_COLUMNS);
        roadmap.timeline().forEach(milestone -> milestoneRow(milestone, table.row()));
        return table.build();
    }

    /** All in one: each work package, then its measures, then its milestones; milestones of no known work package last. */
    Table all() {
        Table.Builder table = table(words.t("Tiekartta", "Färdplan", "Roadmap"), COLUMNS);
        Map<String, List<MilestoneView>> byWorkPackage = new LinkedHashMap<>();
        List<MilestoneView> unplaced = new ArrayList<>();
        List<String> codes = roadmap.workPackages().stream().map(ProgrammeRoadmap.WorkPackageSummary::code).toList();
        for (MilestoneView milestone : roadmap.timeline()) {
            if (milestone.workPackageCode() != null && codes.contains(milestone.workPackageCode())) {
                byWorkPackage.computeIfAbsent(milestone.workPackageCode(), code -> new ArrayList<>()).add(milestone);
            } else {
                unplaced.add(milestone);
            }
        }
        String workPackageKind = words.t("työpaketti", "arbetspaket", "work package");
        String measureKind = words.t("toimenpide", "åtgärd", "measure");
        String milestoneKind = words.t("virstanpylväs", "milstolpe", "milestone");
        for (ProgrammeRoadmap.WorkPackageSummary workPackage : roadmap.workPackages()) {
            workPackageRow(workPackage, table.row().set(KIND, workPackageKind).set(WORK_PACKAGE, workPackage.code()));
            workPackage.measures().forEach(measure -> measureRow(workPackage, measure,
                    table.row().set(KIND, measureKind).set(MEASURE, measure.code())));
            byWorkPackage.getOrDefault(workPackage.code(), List.of())
                    .forEach(milestone -> milestoneRow(milestone, table.row().set(KIND, milestoneKind)));
        }
        unplaced.forEach(milestone -> milestoneRow(milestone, table.row().set(KIND, milestoneKind)));
        return table.build();
    }

    private Table.Builder table(String name, List<String> keys) {
        Table.Builder table = new Table.Builder(name);
        keys.forEach(key -> table.column(key, Objects.requireNonNull(headings.get(key), key)));
        return table;
    }

    private void workPackageRow(ProgrammeRoadmap.WorkPackageSummary workPackage, Table.RowBuilder row) {
        Shown title = Shown.of(workPackage.title(), words.language());
        row.set(PROGRAMME, roadmap.programme().code()).set(CODE, workPackage.code()).set(TITLE, title.text())
                .set(STATUS, words.lifecycle(workPackage.status())).set(TERMS, String.join(", ", workPackage.termIds()));
        ConfidenceAssessment confidence = workPackage.confidence();
        if (confidence != null) {
            row.set(CONFIDENCE, words.rating(confidence.rating())).set(RATIONALE, confidence.rationale())
                    .set(ASSESSED, confidence.assessedAt() == null ? null : FinnishTime.dateOf(confidence.assessedAt()).toString());
        }
        counts(row, workPackage.milestones());
        MilestoneView next = workPackage.nextMilestone();
        if (next != null) {
            String forecast = words.label(next.forecast() != null ? next.forecast() : next.baseline());
            row.set(NEXT, next.code() + (forecast == null ? "" : " (" + forecast + ")"));
        }
        CoverageSum coverage = workPackage.coverage();
        if (coverage != null) {
            row.set(ORGANISERS, coverage.cells()).set(SELF_REPORTED, levels(coverage.selfReported()))
                    .set(VERIFIED, levels(coverage.verified()));
        }
        marks(row, workPackage.basis(), coverage != null, title);
    }

    private void measureRow(ProgrammeRoadmap.WorkPackageSummary workPackage, MeasureView measure, Table.RowBuilder row) {
        Shown title = Shown.of(measure.title(), words.language());
        row.set(PROGRAMME, roadmap.programme().code()).set(WORK_PACKAGE, workPackage.code()).set(CODE, measure.code())
                .set(TITLE, title.text()).set(STATUS, words.measureStatus(measure.status()))
                .set(TERMS, String.join(", ", measure.termIds()))
                .set(PREDECESSORS, refs(measure.predecessors())).set(SUCCESSORS, refs(measure.successors()));
        counts(row, measure.milestones());
        MeasureCoverage.Coverage coverage = measure.coverage();
        if (coverage != null) {
            row.set(ORGANISERS, coverage.organisers()).set(SELF_REPORTED, levels(coverage.selfReported()))
                    .set(VERIFIED, levels(coverage.verified()));
        }
        marks(row, measure.basis(), coverage != null, title);
    }

    private void milestoneRow(MilestoneView milestone, Table.RowBuilder row) {
        Shown title = Shown.of(milestone.title(), words.language());
        String measure = milestone.parent() != null && "MEASURE".equals(milestone.parent().kind()) ? milestone.parent().code() : null;
        row.set(PROGRAMME, roadmap.programme().code()).set(CODE, milestone.code())
                .set(WORK_PACKAGE, milestone.workPackageCode()).set(MEASURE, measure).set(TITLE, title.text())
                .set(BASELINE, words.label(milestone.baseline())).set(BASELINE_CANONICAL, Vocabulary.canonical(milestone.baseline()))
                .set(FORECAST, words.label(milestone.forecast())).set(FORECAST_CANONICAL, Vocabulary.canonical(milestone.forecast()))
                .set(ACTUAL, words.label(milestone.actual())).set(ACTUAL_CANONICAL, Vocabulary.canonical(milestone.actual()))
                .set(STATUS, words.milestoneStatus(milestone.status())).set(OVERDUE, words.yesNo(milestone.overdue()))
                .set(SLIPPED, words.yesNo(milestone.slipped())).set(TERMS, String.join(", ", milestone.terms()));
        marks(row, milestone.basis(), false, title);
    }

    private void marks(Table.RowBuilder row, BasisData basis, boolean hasCoverage, Shown title) {
        row.set(BASIS, words.basisKind(basis)).set(SOURCE, basis == null ? null : basis.source())
                .set(LANGUAGE, words.languageMark(title));
        if (Vocabulary.isIllustrative(basis)) {
            row.set(ILLUSTRATIVE, words.illustrative(true));
        } else if (hasCoverage && regionalIllustrative) {
            row.set(ILLUSTRATIVE, words.t("kyllä: alueellisen toteutuksen luvut ovat esimerkki, eivät todellista tietoa",
                    "ja: siffrorna om det regionala genomförandet är exempel, inte verkliga uppgifter",
                    "yes: the regional implementation figures are an example, not real data"));
        } else {
            row.set(ILLUSTRATIVE, words.illustrative(false));
        }
    }

    private static void counts(Table.RowBuilder row, MilestoneCounts counts) {
        if (counts == null) {
            return;
        }
        row.set(TOTAL, counts.total()).set(ACHIEVED, counts.achieved()).set(ON_TRACK, counts.onTrack())
                .set(AT_RISK, counts.atRisk()).set(OVERDUE_COUNT, counts.overdue()).set(NOT_RECORDED, counts.notRecorded())
                .set(MISSED, counts.missed()).set(CANCELLED, counts.cancelled());
    }

    /** "Vakiintunut koko alueella 1; Pilotoinnissa 2": the levels with any organisers, highest first. */
    private String levels(Map<String, Integer> counts) {
        if (counts == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        LEVELS_HIGH_FIRST.forEach(level -> {
            Integer count = counts.get(level);
            if (count != null && count > 0) {
                parts.add(words.level(level) + " " + count);
            }
        });
        counts.forEach((level, count) -> {
            if (!LEVELS_HIGH_FIRST.contains(level) && count != null && count > 0) {
                parts.add(level + " " + count);
            }
        });
        return parts.isEmpty() ? "0" : String.join("; ", parts);
    }

    private static String refs(List<MeasureView.MeasureRef> refs) {
        if (refs == null || refs.isEmpty()) {
            return null;
        }
        return String.join(", ", refs.stream().map(ref -> ref.code() != null ? ref.code() : ref.measureId()).toList());
    }

    /** The programme's name in the language (with the fallback). */
    String programmeName() {
        LocalizedText names = roadmap.programme().names();
        return Shown.of(names, words.language()).or(roadmap.programme().code());
    }
}
