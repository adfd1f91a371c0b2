package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.workpackage.NoteData;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A work package as the roadmap keeps it: one document per work package (its id the {@code _id}), changed by its
 * definition, confidence and measure events (one aggregate, one version sequence), each applied only when newer
 * than the version the document reflects. Read by its programme's id.
 *
 * @param measures          its measures by measure id
 * @param confidence        the latest delivery confidence assessment, or null
 * @param confidenceHistory every assessment, in the order they were made
 */
public record RoadmapWorkPackage(
        String workPackageId,
        String programmeId,
        String programmeCode,
        String code,
        LocalizedText title,
        List<String> goalCodes,
        List<String> termIds,
        String owner,
        String status,
        BasisData statusBasis,
        List<String> dependsOn,
        List<NoteData> notes,
        BasisData basis,
        Map<String, RoadmapMeasure> measures,
        ConfidenceAssessment confidence,
        List<ConfidenceAssessment> confidenceHistory,
        Instant lastChangedAt) {

    /** Where the work packages of the roadmap are kept, one document per work package id. */
    public static final String COLLECTION = "roadmap_work_packages";

    /** Whether its definition has arrived: measure or confidence events may have come first on a rebuilt topic. */
    public boolean isDefined() {
        return code != null;
    }

    /** Its measures in code order. */
    public List<RoadmapMeasure> measuresInCodeOrder() {
        return measures == null ? List.of() : measures.values().stream()
                .sorted(Comparator.comparing(RoadmapMeasure::code, Comparator.nullsLast(Codes.ORDER))).toList();
    }
}
