package fi.tiekartta.milestone.milestone.scheduling;

import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.platform.aggregate.AggregateStore;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/**
 * The overdue check and its lock. Scheduling itself is switched on by the platform (the outbox relay is
 * scheduled too); ShedLock proxies the {@code @SchedulerLock} method and keeps its lock in the service's
 * own database. The lock uses the system time, not the {@link Clock} bean the check reads the day from.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD, defaultLockAtMostFor = "PT10M")
class OverdueCheckConfiguration {

    static final String LOCK_COLLECTION = "shedlock";

    @Bean
    LockProvider milestoneLockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getCollection(LOCK_COLLECTION));
    }

    @Bean
    OverdueDetector overdueDetector(AggregateStore<Milestone> milestones, Clock clock) {
        return new OverdueDetector(milestones, clock);
    }

    @Bean
    OverdueCheck overdueCheck(OverdueDetector detector) {
        return new OverdueCheck(detector);
    }
}
