package fi.tiekartta.platform.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Locks that one replica at a time holds, in the service's own database ({@code shedlock} collection, one document
 * per lock name), on the system time rather than the services' {@code Clock} bean.
 * <ul>
 * <li>Every service gets the {@link LockProvider}: the outbox relay takes a lock per collection around each
 *     publishing pass (ShedLock's Mongo provider is a dependency of the platform).</li>
 * <li>A service that also puts {@code shedlock-spring} on its classpath gets {@code @SchedulerLock} working for its
 *     scheduled checks (milestone-service's overdue check, region-service's deadline check). Exactly-once still
 *     rests on each check's versioned writes; the lock only saves work.</li>
 * </ul>
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(name = "net.javacrumbs.shedlock.provider.mongo.MongoLockProvider")
public class SchedulerLockAutoConfiguration {

    /** The collection that holds the locks, one document per lock name. */
    public static final String LOCK_COLLECTION = "shedlock";

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    LockProvider lockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getCollection(LOCK_COLLECTION));
    }

    // Nested, so that ShedLock's Spring annotation is only read once the condition has found shedlock-spring.
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock")
    @EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD, defaultLockAtMostFor = "PT10M")
    static class SchedulerLocks {
    }
}
