package fi.tiekartta.progress.programmes;

import fi.tiekartta.contracts.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * One programme in the read model, as the programme context's events describe it. {@code aggregateVersion} is the
 * version of the programme the summary reflects: an event is applied only when it is newer, so replays and
 * duplicates change nothing.
 */
public record ProgrammeSummary(
        String programmeId,
        String code,
        LocalizedText names,
        String level,
        String ownerOrganisation,
        String status,
        List<String> termIds,
        Instant createdAt,
        long aggregateVersion,
        Instant lastChangedAt) {

    /** Where the summaries are kept, one per programme under its id: written by the projection, read through {@link ProgrammeSummaries}. */
    public static final String COLLECTION = "programme_summaries";
}
