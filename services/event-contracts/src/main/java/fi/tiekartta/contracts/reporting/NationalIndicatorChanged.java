package fi.tiekartta.contracts.reporting;

import java.time.Instant;

/**
 * Data of {@code fi.tiekartta.national-indicator.recorded.v1} and {@code ….corrected.v1}: the whole indicator
 * after the change, so a consumer simply replaces what it holds.
 */
public record NationalIndicatorChanged(NationalIndicatorData indicator, String changedBy, Instant changedAt) {
}
