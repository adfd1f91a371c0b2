package fi.tiekartta.contracts.workpackage;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

import java.util.List;

/**
 * A measure as events carry it. {@code measureId} is stable across government terms; {@code status}
 * is ACTIVE, DROPPED, SPLIT or MERGED; {@code predecessors} and {@code successors} are the lineage.
 *
 * @param workPackageCode the work package's code (e.g. TP3)
 * @param programmeCode   the programme's code (e.g. SHKO), as the work package service last learnt it, or null
 * @param basis           what the measure rests on, or null
 */
public record MeasureData(String measureId, String workPackageId, String programmeId, String code, LocalizedText title,
        List<String> termIds, String status, List<String> predecessors, List<String> successors, String workPackageCode,
        String programmeCode, BasisData basis) {
}
