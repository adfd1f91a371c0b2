package fi.tiekartta.contracts.reporting;

import java.time.Instant;

/** Data of the reporting round events: the round after the change, who changed it and when. */
public record ReportingRoundChanged(ReportingRoundData round, String changedBy, Instant changedAt) {
}
