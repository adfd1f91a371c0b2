package fi.tiekartta.contracts.workpackage;

import fi.tiekartta.contracts.LocalizedText;

import java.util.List;

/**
 * A work package as events carry it: the whole definition after the change (without its measures,
 * which travel in measure events, and without its confidence, which has its own event).
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
        List<String> dependsOn) {
}
