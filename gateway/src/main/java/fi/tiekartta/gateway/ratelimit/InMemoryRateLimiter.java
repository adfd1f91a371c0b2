package fi.tiekartta.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's {@code RequestRateLimiter} backed by Bucket4j token buckets held in this instance's memory, one per
 * client (not per route: a client's budget is for the whole API). Buckets of clients not seen for a while are
 * dropped, and there is an upper bound on how many are kept, so a flood of made-up client ids cannot exhaust memory.
 * With several gateway instances each counts on its own; production with more than one instance uses Redis
 * (docs/services/gateway.md).
 * <p>
 * A refused request gets {@code Retry-After} (whole seconds until the next token) and
 * {@code X-RateLimit-Remaining}; the body is added by the problem filter.
 */
public final class InMemoryRateLimiter implements RateLimiter<Object> {

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimitProperties limits;
    private final Cache<String, Bucket> buckets;

    public InMemoryRateLimiter(RateLimitProperties limits) {
        this.limits = limits;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(limits.idleExpiry())
                .maximumSize(limits.maxClients())
                .build();
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String clientKey) {
        Bucket bucket = buckets.get(clientKey, key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Mono.just(new Response(true, Map.of(REMAINING_HEADER, String.valueOf(probe.getRemainingTokens()))));
        }
        long waitSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return Mono.just(new Response(false, Map.of(REMAINING_HEADER, "0", HttpHeaders.RETRY_AFTER, String.valueOf(waitSeconds))));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.burstCapacity())
                        .refillGreedy(limits.replenishRate(), Duration.ofSeconds(1)))
                .build();
    }

    // The limits are the same for every route (they come from RateLimitProperties), so there is no per-route config.
    @Override
    public Map<String, Object> getConfig() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public Class<Object> getConfigClass() {
        return Object.class;
    }

    @Override
    public Object newConfig() {
        return new Object();
    }
}
