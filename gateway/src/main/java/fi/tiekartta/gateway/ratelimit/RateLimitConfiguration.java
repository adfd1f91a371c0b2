package fi.tiekartta.gateway.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The rate limiter and client key every route's {@code RequestRateLimiter} uses. {@code
 * tiekartta.gateway.rate-limit.store=memory} (the default) keeps the buckets in this instance; any other value
 * leaves the limiter to another bean, e.g. Spring Cloud Gateway's {@code RedisRateLimiter} once
 * {@code spring-boot-starter-data-redis-reactive} is added (docs/services/gateway.md, Rate limits).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

    @Bean
    @Primary
    @ConditionalOnProperty(name = "tiekartta.gateway.rate-limit.store", havingValue = "memory", matchIfMissing = true)
    InMemoryRateLimiter inMemoryRateLimiter(RateLimitProperties limits) {
        return new InMemoryRateLimiter(limits);
    }

    @Bean
    @Primary
    ClientKeyResolver clientKeyResolver() {
        return new ClientKeyResolver();
    }
}
