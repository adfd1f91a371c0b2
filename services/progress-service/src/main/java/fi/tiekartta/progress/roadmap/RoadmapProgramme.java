package fi.tiekartta.progress.roadmap;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;
import fi.tiekartta.contracts.programme.OriginData;
import fi.tiekartta.contracts.programme.RelationData;
import fi.tiekartta.contracts.programme.StrategicGoalData;

import java.time.Instant;
import java.util.List;

/**
 * A programme as the roadmap keeps it: one document per programme (its id the {@code _id}), replaced by every
 * created or revised event that is newer than the one it reflects; read by its code.
 */
public record RoadmapProgramme(
        String programmeId,
        String code,
        LocalizedText names,
        String level,
        String ownerOrganisation,
        LocalizedText vision,
        List<StrategicGoalData> goals,
        List<LocalizedText> themes,
        List<String> termIds,
        String status,
        BasisData statusBasis,
        BasisData basis,
        PeriodData period,
        OriginData origin,
        List<RelationData> relations,
        Instant lastChangedAt) {

    /** Where the programmes of the roadmap are kept, one document per programme id. */
    public static final String COLLECTION = "roadmap_programmes";
}
