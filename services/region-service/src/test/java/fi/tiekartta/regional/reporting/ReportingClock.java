package fi.tiekartta.regional.reporting;

import fi.tiekartta.testing.SettableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Instant;

/**
 * The application's clock in the reporting tests, which each set it to the time they need (deadlines pass
 * without waiting). One configuration for all of them, so they share one application context.
 */
@TestConfiguration
class ReportingClock {

    @Bean
    SettableClock clock() {
        return new SettableClock(Instant.parse("2026-11-22T08:00:00Z"));
    }
}
