package fi.tiekartta.contracts.programme;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;

/** Data of {@code fi.tiekartta.programme.created.v1}: a programme was defined. */
public record ProgrammeCreated(
        String programmeId,
        String code,
        LocalizedText names,
        String level,
        String ownerOrganisation,
        String createdBy,
        Instant createdAt) {
}
