package fi.tiekartta.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Per-client limits ({@code tiekartta.gateway.rate-limit.*}): each client has a token bucket of
 * {@code burst-capacity} requests, refilled at {@code replenish-rate} requests a second. The defaults are far above
 * what a person using the web UI or the system tests send; they stop a runaway script or a scan.
 *
 * @param replenishRate requests per second a client may keep up
 * @param burstCapacity requests a client may send at once after a quiet spell
 * @param idleExpiry    how long an idle client's bucket is kept in memory
 * @param maxClients    how many clients' buckets are kept at most (the least recently seen go first)
 */
@ConfigurationProperties("tiekartta.gateway.rate-limit")
public record RateLimitProperties(Long replenishRate, Long burstCapacity, Duration idleExpiry, Long maxClients) {

    public RateLimitProperties {
        replenishRate = replenishRate == null ? 50 : replenishRate;
        burstCapacity = burstCapacity == null ? 200 : burstCapacity;
        idleExpiry = idleExpiry == null ? Duration.ofMinutes(10) : idleExpiry;
        maxClients = maxClients == null ? 100_000 : maxClients;
        if (replenishRate < 1 || burstCapacity < 1) {
            throw new IllegalArgumentException("tiekartta.gateway.rate-limit: replenish-rate and burst-capacity must be at least 1");
        }
    }
}
