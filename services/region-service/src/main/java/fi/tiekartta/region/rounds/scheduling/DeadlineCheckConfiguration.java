package fi.tiekartta.region.rounds.scheduling;

import fi.tiekartta.platform.aggregate.AggregateStore;
import fi.tiekartta.region.rounds.ReportingRound;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** The deadline check and its lock, kept in the service's own database ({@code shedlock}). */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD, defaultLockAtMostFor = "PT10M")
class DeadlineCheckConfiguration {

    static final String LOCK_COLLECTION = "shedlock";

    @Bean
    LockProvider reportingLockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getCollection(LOCK_COLLECTION));
    }

    @Bean
    DeadlineCloser deadlineCloser(AggregateStore<ReportingRound> rounds, Clock clock) {
        return new DeadlineCloser(rounds, clock);
    }

    @Bean
    DeadlineCheck deadlineCheck(DeadlineCloser closer) {
        return new DeadlineCheck(closer);
    }
}
