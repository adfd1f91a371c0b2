package fi.tiekartta.milestone.scheduling;

import fi.tiekartta.milestone.application.MilestoneService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The overdue check. Scheduling itself is switched on by the platform (the outbox relay is scheduled too),
 * and so is its lock: SchedulerLockAutoConfiguration proxies the {@code @SchedulerLock} method and keeps the
 * lock in the service's own database. The lock uses the system time, not the {@code Clock} bean the check
 * reads the day from.
 */
@Configuration(proxyBeanMethods = false)
class OverdueCheckConfiguration {

    @Bean
    OverdueCheck overdueCheck(MilestoneService milestones) {
        return new OverdueCheck(milestones);
    }
}
