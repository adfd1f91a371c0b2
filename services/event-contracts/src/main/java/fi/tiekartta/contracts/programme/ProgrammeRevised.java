package fi.tiekartta.contracts.programme;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code fi.tiekartta.programme.revised.v1}: a programme's definition or lifecycle status
 * changed. It carries the whole programme after the change, so a consumer simply replaces what it holds;
 * {@code previousStatus} tells a status change apart from a revision of content. The fields after
 * {@code revisedAt} were added compatibly (optional in the schema); producers always send them.
 */
public record ProgrammeRevised(
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
        String previousStatus,
        String revisedBy,
        Instant revisedAt,
        PeriodData period,
        OriginData origin,
        List<RelationData> relations,
        BasisData basis,
        BasisData statusBasis) {
}
