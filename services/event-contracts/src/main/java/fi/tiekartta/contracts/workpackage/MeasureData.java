package fi.tiekartta.contracts.workpackage;

import fi.tiekartta.contracts.LocalizedText;

import java.util.List;

/**
 * A measure as events carry it. {@code measureId} is stable across government terms; {@code status}
 * is ACTIVE, DROPPED, SPLIT or MERGED; {@code predecessors} and {@code successors} are the lineage.
 */
public record MeasureData(String measureId, String workPackageId, String programmeId, String code, LocalizedText title,
        List<String> termIds, String status, List<String> predecessors, List<String> successors) {
}
