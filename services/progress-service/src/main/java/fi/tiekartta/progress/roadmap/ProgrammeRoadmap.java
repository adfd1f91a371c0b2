package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.workpackage.NoteData;
import fi.tiekartta.progress.indicators.NationalIndicator;

import java.time.LocalDate;
import java.util.List;

/**
 * The national roadmap of a programme: the programme with its goals, its government terms with their days, each
 * work package (in code order) with its status, latest delivery confidence, measures with lineage, milestone
 * counts, next milestone and regional coverage, and the timeline of every milestone placed on the terms.
 *
 * @param nationalIndicators the programme's national indicators (each whole, those naming a measure too), by the
 *                           start of the observed period
 * @param asOf               the day (Finnish time) on which "overdue" was judged: today, or the day asked for
 */
public record ProgrammeRoadmap(RoadmapProgramme programme, List<NationalIndicator> nationalIndicators, List<Term> terms,
        MilestoneCounts milestones, List<WorkPackageSummary> workPackages, List<MilestoneView> timeline, LocalDate asOf) {

    /** Without national indicators. */
    public ProgrammeRoadmap(RoadmapProgramme programme, List<Term> terms, MilestoneCounts milestones,
            List<WorkPackageSummary> workPackages, List<MilestoneView> timeline, LocalDate asOf) {
        this(programme, List.of(), terms, milestones, workPackages, timeline, asOf);
    }

    /**
     * A work package on the roadmap.
     *
     * @param confidence    the latest delivery confidence assessment (rating, rationale, by whom, when), or null
     * @param milestones    the counts of its own milestones and its measures' milestones
     * @param nextMilestone the expected milestone whose forecast ends first (it may be overdue), or null
     * @param coverage      its active measures' regional coverage summed, or null when no organiser reported any
     */
    public record WorkPackageSummary(String workPackageId, String code, LocalizedText title, List<String> goalCodes,
            List<String> termIds, String owner, String status, BasisData statusBasis, BasisData basis, List<NoteData> notes,
            List<String> dependsOn, ConfidenceAssessment confidence, List<MeasureView> measures, MilestoneCounts milestones,
            MilestoneView nextMilestone, CoverageSum coverage) {
    }
}
