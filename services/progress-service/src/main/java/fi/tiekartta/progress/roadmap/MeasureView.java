package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.progress.indicators.NationalIndicator;
import fi.tiekartta.progress.regional.MeasureCoverage;

import java.util.List;

/**
 * A measure as the views show it: its lineage by code (the measures it was split or merged from, and into), its
 * milestones' counts, its regional implementation coverage (null when no organiser reported on it) and the national
 * indicators that name it.
 */
public record MeasureView(String measureId, String code, LocalizedText title, List<String> termIds, String status,
        BasisData basis, List<MeasureRef> predecessors, List<MeasureRef> successors, MilestoneCounts milestones,
        MeasureCoverage.Coverage coverage, List<NationalIndicator> nationalIndicators) {

    /** Without national indicators. */
    public MeasureView(String measureId, String code, LocalizedText title, List<String> termIds, String status,
            BasisData basis, List<MeasureRef> predecessors, List<MeasureRef> successors, MilestoneCounts milestones,
            MeasureCoverage.Coverage coverage) {
        this(measureId, code, title, termIds, status, basis, predecessors, successors, milestones, coverage, List.of());
    }

    /**
     * Another measure named in a lineage; {@code code} and {@code title} are null when the measure is not one this
     * view knows (e.g. of another work package).
     */
    public record MeasureRef(String measureId, String code, LocalizedText title) {
    }
}
