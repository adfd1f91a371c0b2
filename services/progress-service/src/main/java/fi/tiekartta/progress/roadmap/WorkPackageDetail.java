package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.workpackage.NoteData;
import fi.tiekartta.progress.regional.RegionalImplementation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One work package: its measures with lineage and coverage, its milestones and its measures' (baseline vs forecast
 * vs actual, earliest forecast first), its confidence history (newest first), and the region × measure
 * implementation of its measures.
 *
 * @param asOf the day (Finnish time) on which "overdue" was judged
 */
public record WorkPackageDetail(ProgrammeKey programme, String workPackageId, String code, LocalizedText title,
        List<String> goalCodes, List<String> termIds, String owner, String status, BasisData statusBasis, BasisData basis,
        List<NoteData> notes, List<String> dependsOn, ConfidenceAssessment confidence,
        List<ConfidenceAssessment> confidenceHistory, List<MeasureView> measures, MilestoneCounts milestoneCounts,
        MilestoneView nextMilestone, List<MilestoneView> milestones, CoverageSum coverage, List<RegionRow> implementation,
        LocalDate asOf) {

    /** The programme's human keys. */
    public record ProgrammeKey(String programmeId, String code, LocalizedText names, List<Term> terms) {
    }

    /**
     * One organiser's row of the region × measure implementation: per measure code, its latest level
     * self-reported and verified, each with the round it comes from. Measures it never reported are absent.
     */
    public record RegionRow(String regionCode, LocalizedText regionName, Map<String, Cell> measures) {
    }

    public record Cell(String measureId, RegionalImplementation.Level selfReported, RegionalImplementation.Level verified) {
    }
}
