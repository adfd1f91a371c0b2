package fi.tiekartta.platform.idempotency;

import net.javacrumbs.shedlock.core.LockProvider;
import fi.tiekartta.platform.web.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * {@code Idempotency-Key} on every {@code POST} of a service ({@link IdempotencyFilter}, ADR 13), the keys kept in
 * the service's MongoDB, expired ones deleted by a locked scheduled cleanup. Leases and expiry run on the system
 * clock, not the service's {@code Clock} bean: they are about real time passing.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "fi.tiekartta.platform.scheduling.SchedulerLockAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SecurityContextHolder.class)
@EnableConfigurationProperties(IdempotencyProperties.class)
@EnableScheduling
public class IdempotencyAutoConfiguration {

    /** After Spring Security's filter chain (order -100), which has authenticated the caller the key belongs to. */
    static final int FILTER_ORDER = -90;

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    IdempotencyRecords idempotencyRecords(MongoTemplate mongo, IdempotencyProperties properties) {
        return new IdempotencyRecords(mongo, properties.keep(), properties.lease());
    }

    @Bean
    @ConditionalOnBean(IdempotencyRecords.class)
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyRecords records,
            ObjectProvider<ProblemResponses> problems, ObjectProvider<JsonMapper> jsonMapper) {
        ProblemResponses problemResponses =
                problems.getIfAvailable(() -> new ProblemResponses(jsonMapper.getIfAvailable(JsonMapper::new)));
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(records, problemResponses, Clock.systemUTC()));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    @ConditionalOnBean({IdempotencyRecords.class, LockProvider.class})
    IdempotencyCleanup idempotencyCleanup(IdempotencyRecords records, LockProvider lockProvider) {
        return new IdempotencyCleanup(records, lockProvider, Clock.systemUTC());
    }
}
