package fi.tiekartta.notification.mail;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DailySlotsTest {

    private final DailySlots seven = new DailySlots(LocalTime.of(7, 0), ZoneId.of("Europe/Helsinki"));

    @Test
    void the_slot_is_seven_in_helsinki_in_winter_and_in_summer() {
        assertThat(seven.latestAtOrBefore(Instant.parse("2026-12-02T05:00:00Z"))).isEqualTo("2026-12-02T05:00:00Z");
        assertThat(seven.latestAtOrBefore(Instant.parse("2026-12-02T04:59:59Z"))).isEqualTo("2026-12-01T05:00:00Z");
        assertThat(seven.latestAtOrBefore(Instant.parse("2026-07-01T04:00:00Z"))).isEqualTo("2026-07-01T04:00:00Z");
        assertThat(seven.latestAtOrBefore(Instant.parse("2026-07-01T23:30:00Z"))).isEqualTo("2026-07-01T04:00:00Z");
    }
}
