package fi.tiekartta.notification.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The reporting rounds as learnt from their events, with what each region has reported. */
public interface ReportingRounds {

    Optional<RoundWatch> find(String roundId);

    /** The open rounds whose deadline is after {@code from} and not after {@code to}. */
    List<RoundWatch> openWithDeadlineBetween(Instant from, Instant to);

    /** Records that {@code regionCode} was told the round's deadline is near; false if it had been already. */
    boolean markWarned(String roundId, String regionCode);
}
