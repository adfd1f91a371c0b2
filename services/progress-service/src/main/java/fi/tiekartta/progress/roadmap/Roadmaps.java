package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.progress.indicators.NationalIndicator;
import fi.tiekartta.progress.indicators.NationalIndicators;
import fi.tiekartta.progress.regional.MeasureCoverage;
import fi.tiekartta.progress.regional.RegionalImplementation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Shapes the roadmap views from the kept documents: a fixed number of reads per view (the programme by code, its
 * work packages, its milestones; the regional ports once each), whatever the number of events.
 */
public final class Roadmaps {

    private final RoadmapDocuments documents;
    private final Supplier<MeasureCoverage> coverage;
    private final Supplier<RegionalImplementation> implementation;
    private final Supplier<NationalIndicators> indicators;

    /**
     * @param coverage       the regional coverage port, or a supplier of null while no implementation exists
     * @param implementation the regional implementation port, or a supplier of null while no implementation exists
     */
    public Roadmaps(RoadmapDocuments documents, Supplier<MeasureCoverage> coverage,
            Supplier<RegionalImplementation> implementation) {
        this(documents, coverage, implementation, () -> null);
    }

    /** @param indicators the national indicators port, or a supplier of null: then the views show none */
    public Roadmaps(RoadmapDocuments documents, Supplier<MeasureCoverage> coverage,
            Supplier<RegionalImplementation> implementation, Supplier<NationalIndicators> indicators) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.implementation = Objects.requireNonNull(implementation, "implementation");
        this.indicators = Objects.requireNonNull(indicators, "indicators");
    }

    /** The national roadmap of the programme with this code on the day, or empty if no such programme is known. */
    public Optional<ProgrammeRoadmap> roadmap(String programmeCode, LocalDate day) {
        return roadmap(programmeCode, day, null);
    }

    /**
     * The national roadmap as it was at {@code asOf} (null: now), "overdue" judged on {@code day}; empty if the
     * programme is not known, or had no state yet at {@code asOf} (see {@link #knows}).
     */
    public Optional<ProgrammeRoadmap> roadmap(String programmeCode, LocalDate day, Instant asOf) {
        RoadmapDocuments documents = documentsAt(asOf);
        return documents.programmeByCode(programmeCode).map(programme -> roadmap(documents, programme, day, asOf));
    }

    /** Whether a programme with this code is known now. */
    public boolean knows(String programmeCode) {
        return documents.programmeByCode(programmeCode).isPresent();
    }

    /** Whether the work package with this code of the programme with this code is known now. */
    public boolean knows(String programmeCode, String code) {
        return documents.programmeByCode(programmeCode).flatMap(programme -> documents.workPackage(programme.programmeId(), code))
                .filter(RoadmapWorkPackage::isDefined).isPresent();
    }

    private RoadmapDocuments documentsAt(Instant asOf) {
        return asOf == null ? documents : documents.asOf(asOf);
    }

    private ProgrammeRoadmap roadmap(RoadmapDocuments documents, RoadmapProgramme programme, LocalDate day, Instant asOf) {
        List<Term> terms = terms(programme);
        List<RoadmapWorkPackage> workPackages = documents.workPackagesOf(programme.programmeId()).stream()
                .filter(RoadmapWorkPackage::isDefined)
                .sorted(Comparator.comparing(RoadmapWorkPackage::code, Codes.ORDER)).toList();
        List<RoadmapMilestone> milestones = documents.milestonesOf(programme.programmeId()).stream()
                .sorted(RoadmapMilestone.BY_FORECAST).toList();
        List<String> measureIds = workPackages.stream()
                .flatMap(workPackage -> workPackage.measuresInCodeOrder().stream()).map(RoadmapMeasure::measureId).toList();
        Map<String, MeasureCoverage.Coverage> coverages = coverageOf(measureIds, asOf);
        Map<String, List<NationalIndicator>> measureIndicators = indicatorsOf(measureIds, asOf);

        Owners owners = new Owners(workPackages);
        Map<String, List<RoadmapMilestone>> byWorkPackage = new HashMap<>();
        List<MilestoneView> timeline = new ArrayList<>();
        for (RoadmapMilestone milestone : milestones) {
            RoadmapWorkPackage owner = owners.of(milestone);
            if (owner != null) {
                byWorkPackage.computeIfAbsent(owner.workPackageId(), id -> new ArrayList<>()).add(milestone);
            }
            timeline.add(MilestoneView.of(milestone, owners.codeOf(milestone), terms, day));
        }
        List<ProgrammeRoadmap.WorkPackageSummary> summaries = workPackages.stream().map(workPackage -> {
            List<RoadmapMilestone> own = byWorkPackage.getOrDefault(workPackage.workPackageId(), List.of());
            return new ProgrammeRoadmap.WorkPackageSummary(workPackage.workPackageId(), workPackage.code(),
                    workPackage.title(), list(workPackage.goalCodes()), list(workPackage.termIds()), workPackage.owner(),
                    workPackage.status(), workPackage.statusBasis(), workPackage.basis(), list(workPackage.notes()),
                    list(workPackage.dependsOn()), workPackage.confidence(),
                    measures(workPackage, own, coverages, measureIndicators, day),
                    MilestoneCounts.of(own, day), next(own, workPackage.code(), terms, day),
                    sum(workPackage, coverages));
        }).toList();
        return new ProgrammeRoadmap(programme, programmeIndicators(programme, measureIndicators, asOf), terms, MilestoneCounts.of(milestones, day),
                summaries, timeline, day);
    }

    /** The work package with this code of the programme with this code on the day, or empty if either is unknown. */
    public Optional<WorkPackageDetail> workPackage(String programmeCode, String code, LocalDate day) {
        return workPackage(programmeCode, code, day, null);
    }

    /**
     * The work package as it was at {@code asOf} (null: now), "overdue" judged on {@code day}; empty if either is
     * unknown, or had no state yet at {@code asOf}.
     */
    public Optional<WorkPackageDetail> workPackage(String programmeCode, String code, LocalDate day, Instant asOf) {
        RoadmapDocuments documents = documentsAt(asOf);
        return documents.programmeByCode(programmeCode).flatMap(programme -> documents
                .workPackage(programme.programmeId(), code).filter(RoadmapWorkPackage::isDefined)
                .map(workPackage -> detail(documents, programme, workPackage, day, asOf)));
    }

    private WorkPackageDetail detail(RoadmapDocuments documents, RoadmapProgramme programme, RoadmapWorkPackage workPackage,
            LocalDate day, Instant asOf) {
        List<Term> terms = terms(programme);
        List<RoadmapMeasure> measures = workPackage.measuresInCodeOrder();
        List<String> measureIds = measures.stream().map(RoadmapMeasure::measureId).toList();
        List<String> parentIds = new ArrayList<>(measureIds);
        parentIds.add(workPackage.workPackageId());
        Owners owners = new Owners(List.of(workPackage));
        List<RoadmapMilestone> milestones = documents.milestonesOf(programme.programmeId(), workPackage.code(), parentIds)
                .stream().filter(milestone -> owners.of(milestone) != null).sorted(RoadmapMilestone.BY_FORECAST).toList();
        Map<String, MeasureCoverage.Coverage> coverages = coverageOf(measureIds, asOf);
        Map<String, List<NationalIndicator>> measureIndicators = indicatorsOf(measureIds, asOf);
        List<ConfidenceAssessment> history = new ArrayList<>(list(workPackage.confidenceHistory()));
        history.sort(Comparator.comparing(ConfidenceAssessment::assessedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .reversed());
        return new WorkPackageDetail(
                new WorkPackageDetail.ProgrammeKey(programme.programmeId(), programme.code(), programme.names(), terms),
                workPackage.workPackageId(), workPackage.code(), workPackage.title(), list(workPackage.goalCodes()),
                list(workPackage.termIds()), workPackage.owner(), workPackage.status(), workPackage.statusBasis(),
                workPackage.basis(), list(workPackage.notes()), list(workPackage.dependsOn()), workPackage.confidence(),
                history, measures(workPackage, milestones, coverages, measureIndicators, day), MilestoneCounts.of(milestones, day),
                next(milestones, workPackage.code(), terms, day),
                milestones.stream().map(milestone -> MilestoneView.of(milestone, workPackage.code(), terms, day)).toList(),
                sum(workPackage, coverages), implementation(measures, asOf), day);
    }

    private List<MeasureView> measures(RoadmapWorkPackage workPackage, List<RoadmapMilestone> milestones,
            Map<String, MeasureCoverage.Coverage> coverages, Map<String, List<NationalIndicator>> indicators, LocalDate day) {
        Map<String, RoadmapMeasure> known = workPackage.measures() == null ? Map.of() : workPackage.measures();
        return workPackage.measuresInCodeOrder().stream().map(measure -> new MeasureView(measure.measureId(), measure.code(),
                measure.title(), list(measure.termIds()), measure.status(), measure.basis(),
                refs(measure.predecessors(), known), refs(measure.successors(), known),
                MilestoneCounts.of(milestones.stream().filter(m -> measure.measureId().equals(m.parentId())).toList(), day),
                coverages.get(measure.measureId()), indicators.getOrDefault(measure.measureId(), List.of()))).toList();
    }

    private static List<MeasureView.MeasureRef> refs(List<String> ids, Map<String, RoadmapMeasure> known) {
        return list(ids).stream().map(id -> {
            RoadmapMeasure measure = known.get(id);
            return new MeasureView.MeasureRef(id, measure == null ? null : measure.code(), measure == null ? null : measure.title());
        }).toList();
    }

    /** The expected milestone whose forecast ends first (then the earliest start, then the code). */
    private static MilestoneView next(List<RoadmapMilestone> milestones, String workPackageCode, List<Term> terms, LocalDate day) {
        return milestones.stream().filter(milestone -> milestone.milestoneStatus().expectsCompletion())
                .filter(milestone -> milestone.forecastPeriod() != null)
                .min(Comparator.comparing((RoadmapMilestone milestone) -> milestone.forecastPeriod().end())
                        .thenComparing(RoadmapMilestone.BY_FORECAST))
                .map(milestone -> MilestoneView.of(milestone, workPackageCode, terms, day)).orElse(null);
    }

    private Map<String, MeasureCoverage.Coverage> coverageOf(Collection<String> measureIds, Instant asOf) {
        MeasureCoverage port = coverage.get();
        if (port == null || measureIds.isEmpty()) {
            return Map.of();
        }
        Map<String, MeasureCoverage.Coverage> found = asOf == null ? port.of(measureIds) : port.of(measureIds, asOf);
        return found == null ? Map.of() : found;
    }

    /**
     * The programme's national indicators (by its code), with those naming one of its measures (in case an event
     * carried no programme code), as of {@code asOf}; none without the port.
     */
    private List<NationalIndicator> programmeIndicators(RoadmapProgramme programme,
            Map<String, List<NationalIndicator>> measureIndicators, Instant asOf) {
        NationalIndicators port = indicators.get();
        if (port == null) {
            return List.of();
        }
        Map<String, NationalIndicator> byId = new LinkedHashMap<>();
        if (programme.code() != null) {
            list(port.ofProgramme(programme.code(), asOf)).forEach(indicator -> byId.put(indicator.indicatorId(), indicator));
        }
        measureIndicators.values().forEach(named -> named.forEach(indicator -> byId.putIfAbsent(indicator.indicatorId(), indicator)));
        return byId.values().stream().sorted(NationalIndicator.BY_PERIOD).toList();
    }

    /** Per measure id, the national indicators that name it, as of {@code asOf}. */
    private Map<String, List<NationalIndicator>> indicatorsOf(Collection<String> measureIds, Instant asOf) {
        NationalIndicators port = indicators.get();
        if (port == null || measureIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<NationalIndicator>> found = port.ofMeasures(measureIds, asOf);
        return found == null ? Map.of() : found;
    }

    /** The active measures' coverage summed; null when none of them has any. */
    private static CoverageSum sum(RoadmapWorkPackage workPackage, Map<String, MeasureCoverage.Coverage> coverages) {
        List<MeasureCoverage.Coverage> active = workPackage.measuresInCodeOrder().stream().filter(RoadmapMeasure::isActive)
                .map(measure -> coverages.get(measure.measureId())).filter(Objects::nonNull).toList();
        return active.isEmpty() ? null : CoverageSum.of(active);
    }

    /** Region rows in region-code order, each with its cells by measure code. */
    private List<WorkPackageDetail.RegionRow> implementation(List<RoadmapMeasure> measures, Instant asOf) {
        RegionalImplementation port = implementation.get();
        if (port == null || measures.isEmpty()) {
            return List.of();
        }
        Map<String, String> codes = new LinkedHashMap<>();
        measures.forEach(measure -> codes.put(measure.measureId(), measure.code()));
        Map<String, List<RegionalImplementation.Cell>> cells = asOf == null ? port.latestByRegion(codes.keySet())
                : port.latestByRegion(codes.keySet(), asOf);
        if (cells == null) {
            return List.of();
        }
        Map<String, LocalizedText> names = new TreeMap<>();
        Map<String, Map<String, WorkPackageDetail.Cell>> rows = new TreeMap<>();
        measures.forEach(measure -> list(cells.get(measure.measureId())).forEach(cell -> {
            names.putIfAbsent(cell.regionCode(), cell.regionName());
            rows.computeIfAbsent(cell.regionCode(), region -> new LinkedHashMap<>()).put(measure.code(),
                    new WorkPackageDetail.Cell(measure.measureId(), cell.selfReported(), cell.verified()));
        }));
        return rows.entrySet().stream().map(row -> new WorkPackageDetail.RegionRow(row.getKey(), names.get(row.getKey()),
                row.getValue())).toList();
    }

    private static List<Term> terms(RoadmapProgramme programme) {
        return list(programme.termIds()).stream().map(Term::of).toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * Which work package a milestone belongs to: the one it names by id (its own or its measure's), else the one
     * whose code its parent carries.
     */
    private static final class Owners {
        private final Map<String, RoadmapWorkPackage> byParentId = new HashMap<>();
        private final Map<String, RoadmapWorkPackage> byCode = new HashMap<>();

        Owners(List<RoadmapWorkPackage> workPackages) {
            for (RoadmapWorkPackage workPackage : workPackages) {
                byParentId.put(workPackage.workPackageId(), workPackage);
                workPackage.measuresInCodeOrder().forEach(measure -> byParentId.put(measure.measureId(), workPackage));
                byCode.put(workPackage.code(), workPackage);
            }
        }

        RoadmapWorkPackage of(RoadmapMilestone milestone) {
            RoadmapWorkPackage named = milestone.parentId() == null ? null : byParentId.get(milestone.parentId());
            if (named == null && milestone.parent() != null && milestone.parent().workPackageCode() != null) {
                named = byCode.get(milestone.parent().workPackageCode());
            }
            return named;
        }

        String codeOf(RoadmapMilestone milestone) {
            RoadmapWorkPackage owner = of(milestone);
            return owner != null ? owner.code() : milestone.parent() == null ? null : milestone.parent().workPackageCode();
        }
    }
}
