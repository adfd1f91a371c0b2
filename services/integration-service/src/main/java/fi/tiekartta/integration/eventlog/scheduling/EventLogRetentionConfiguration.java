package fi.tiekartta.integration.eventlog.scheduling;

import fi.tiekartta.integration.eventlog.EventLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * The retention cleanup. Scheduling is switched on by the platform, and so is the lock: the platform's
 * SchedulerLockAutoConfiguration proxies the {@code @SchedulerLock} method (hence a public class made here).
 */
@Configuration(proxyBeanMethods = false)
class EventLogRetentionConfiguration {

    @Bean
    EventLogRetention eventLogRetention(EventLog eventLog, Clock clock,
            @Value("${tiekartta.event-log.retention}") Duration retention) {
        return new EventLogRetention(eventLog, clock, retention);
    }
}
