package fi.tiekartta.notification.mail;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The daily digest's time: once a day at a time of day in Finnish time (07:00 by default), whatever the server's
 * zone, summer time included. A slot is an instant; the one due at {@code now} is the latest that is not after it.
 */
public record DailySlots(LocalTime at, ZoneId zone) {

    public Instant latestAtOrBefore(Instant now) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(at).atZone(zone);
        return today.toInstant().isAfter(now) ? today.minusDays(1).toInstant() : today.toInstant();
    }
}
