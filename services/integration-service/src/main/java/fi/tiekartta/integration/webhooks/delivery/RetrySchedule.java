package fi.tiekartta.integration.webhooks.delivery;

import io.github.resilience4j.core.IntervalFunction;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed delivery is tried again: an exponential backoff with jitter (Resilience4j's
 * {@link IntervalFunction#ofExponentialRandomBackoff}), so receivers that failed together (an outage) are not all
 * retried in the same second when they come back. The defaults (1 min, ×3, ±50 %, at most 12 h, 8 attempts) spread
 * the attempts over about a day.
 */
public final class RetrySchedule {

    private final IntervalFunction intervals;
    private final int maxAttempts;

    public RetrySchedule(Duration initialInterval, double multiplier, double randomizationFactor, Duration maxInterval,
            int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is made");
        }
        this.intervals = IntervalFunction.ofExponentialRandomBackoff(initialInterval, multiplier, randomizationFactor,
                maxInterval);
        this.maxAttempts = maxAttempts;
    }

    /** The wait before the next attempt after {@code attemptsMade} failed ones, or empty when they were the last. */
    public Optional<Duration> after(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(intervals.apply(attemptsMade)));
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
