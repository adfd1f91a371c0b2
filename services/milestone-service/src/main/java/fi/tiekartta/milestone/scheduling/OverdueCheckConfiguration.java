package fi.tiekartta.milestone.milestone.scheduling;

import fi.tiekartta.milestone.milestone.Milestone;
import fi.tiekartta.platform.aggregate.AggregateStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The overdue check. Scheduling itself is switched on by the platform (the outbox relay is scheduled too),
 * and so is its lock: SchedulerLockAutoConfiguration proxies the {@code @SchedulerLock} method and keeps the
 * lock in the service's own database. The lock uses the system time, not the {@link Clock} bean the check
 * reads the day from.
 */
@Configuration(proxyBeanMethods = false)
class OverdueCheckConfiguration {

    @Bean
    OverdueDetector overdueDetector(AggregateStore<Milestone> milestones, Clock clock) {
        return new OverdueDetector(milestones, clock);
    }

    @Bean
    OverdueCheck overdueCheck(OverdueDetector detector) {
        return new OverdueCheck(detector);
    }
}
