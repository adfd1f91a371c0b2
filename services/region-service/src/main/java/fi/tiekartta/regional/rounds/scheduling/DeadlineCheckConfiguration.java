package fi.tiekartta.region.rounds.scheduling;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.region.rounds.ReportingRound;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The deadline check; its lock comes from the platform (SchedulerLockAutoConfiguration, collection {@code shedlock}). */
@Configuration(proxyBeanMethods = false)
class DeadlineCheckConfiguration {

    @Bean
    DeadlineCloser deadlineCloser(AggregateStore<ReportingRound> rounds, Clock clock) {
        return new DeadlineCloser(rounds, clock);
    }

    @Bean
    DeadlineCheck deadlineCheck(DeadlineCloser closer) {
        return new DeadlineCheck(closer);
    }
}
