package fi.tiekartta.progress.regional;

import fi.tiekartta.contracts.BasisData;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.PeriodData;

import java.time.Instant;

/**
 * A reporting round as the regional views name it: its programme, title, period, deadline and state, and its basis
 * ({@code ILLUSTRATIVE} for made-up demo content, never to be taken for real data; null for a real round).
 *
 * @param status OPEN or CLOSED
 */
public record RoundKey(String roundId, String programmeId, String programmeCode, LocalizedText title, PeriodData period,
        Instant deadline, String status, Instant closedAt, String closeReason, BasisData basis) {

    /** Whether the round's content is made-up demo content. */
    public boolean illustrative() {
        return basis != null && "ILLUSTRATIVE".equals(basis.kind());
    }
}
