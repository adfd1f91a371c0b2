package fi.tiekartta.contracts.programme;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * Data of {@code fi.tiekartta.programme.created.v1}: a programme was defined. The fields after
 * {@code createdAt} were added compatibly (optional in the schema); producers always send them.
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
        String status) {
}
