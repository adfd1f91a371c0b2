package fi.tiekartta.contracts.programme;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code fi.tiekartta.programme.created.v1}: a programme was defined. The fields after
 * {@code createdAt} were added compatibly (optional in the schema); producers always send them.
 *
 * @param period      the period the programme spans (e.g. {@code 2023/2025}), or null
 * @param origin      its place in a Government Programme, or null
 * @param relations   how it relates to other programmes (by code within the roadmap, by name outside it)
 * @param basis       what the programme rests on, or null
 * @param statusBasis what its status rests on, or null
 */
public record ProgrammeCreated(
        String programmeId,
        String code,
        LocalizedText names,
        String level,
        String ownerOrganisation,
        String createdBy,
        Instant createdAt,
        LocalizedText vision,
        List<StrategicGoalData> goals,
        List<LocalizedText> themes,
        List<String> termIds,
        String status,
        PeriodData period,
        OriginData origin,
        List<RelationData> relations,
        BasisData basis,
        BasisData statusBasis) {
}
