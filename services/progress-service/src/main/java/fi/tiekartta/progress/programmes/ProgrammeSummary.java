package fi.tiekartta.progress.programmes;

import fi.tiekartta.contracts.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One programme in the read model. {@code aggregateVersion} is the version of the programme the
 * summary reflects: an event is applied only when it is newer, so replays and duplicates change nothing.
 */
@Document(ProgrammeSummary.COLLECTION)
public record ProgrammeSummary(
        @Id String programmeId,
        String code,
        LocalizedText names,
        String level,
        String ownerOrganisation,
        String status,
        List<String> termIds,
        Instant createdAt,
        long aggregateVersion,
        Instant lastChangedAt) {

    static final String COLLECTION = "programme_summaries";
}
