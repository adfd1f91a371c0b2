package fi.tiekartta.integration.eventlog.scheduling;

import fi.tiekartta.integration.eventlog.MemoryEventLog;
import fi.tiekartta.testing.SettableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventLogRetentionTest {

    @Test
    void it_removes_what_was_appended_longer_ago_than_the_retention() {
        MemoryEventLog log = new MemoryEventLog();
        SettableClock clock = new SettableClock(Instant.parse("2026-05-31T12:00:00Z"));

        new EventLogRetention(log, clock, Duration.ofDays(30)).run();

        assertThat(log.removals).containsExactly(Instant.parse("2026-05-01T12:00:00Z"));
    }

    @Test
    void a_retention_of_nothing_is_refused() {
        SettableClock clock = new SettableClock(Instant.now());
        assertThatThrownBy(() -> new EventLogRetention(new MemoryEventLog(), clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
