package fi.tiekartta.platform.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Locks for scheduled checks that one replica at a time should run (milestone-service's overdue check,
 * region-service's deadline check): a service that puts ShedLock's Mongo provider on its classpath gets
 * {@code @SchedulerLock} working, with its locks in its own database's {@code shedlock} collection. The
 * lock uses the system time, not the services' {@code Clock} bean. Exactly-once still rests on each
 * check's versioned writes; the lock only saves work.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(name = "net.javacrumbs.shedlock.provider.mongo.MongoLockProvider")
public class SchedulerLockAutoConfiguration {

    /** The collection that holds the locks, one document per lock name. */
    public static final String LOCK_COLLECTION = "shedlock";

    // Nested, so that ShedLock's annotation is only read once the condition above has found ShedLock.
    @Configuration(proxyBeanMethods = false)
    @EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD, defaultLockAtMostFor = "PT10M")
    static class SchedulerLocks {

        @Bean
        @ConditionalOnMissingBean
        LockProvider lockProvider(MongoTemplate mongo) {
            return new MongoLockProvider(mongo.getCollection(LOCK_COLLECTION));
        }
    }
}
