package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

import java.util.List;

/**
 * A measure of a work package as its latest event left it. {@code status} is ACTIVE, DROPPED, SPLIT or MERGED;
 * {@code predecessors} and {@code successors} are measure ids: the lineage.
 */
public record RoadmapMeasure(String measureId, String code, LocalizedText title, List<String> termIds, String status,
        List<String> predecessors, List<String> successors, BasisData basis) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
