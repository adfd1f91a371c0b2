package fi.tiekartta.contracts.workpackage;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;

import java.util.List;

/**
 * A work package as events carry it: the whole definition after the change (without its measures,
 * which travel in measure events, and without its confidence, which has its own event).
 *
 * @param programmeCode the programme's code (e.g. SHKO), as the work package service last learnt it, or null
 * @param notes         notes on the work package, each with its basis
 * @param basis         what the work package rests on, or null
 * @param statusBasis   what its status rests on, or null
 */
public record WorkPackageData(
        String workPackageId,
        String programmeId,
        String code,
        LocalizedText title,
        List<String> goalCodes,
        List<String> termIds,
        String owner,
        String status,
        List<String> dependsOn,
        String programmeCode,
        List<NoteData> notes,
        BasisData basis,
        BasisData statusBasis) {
}
