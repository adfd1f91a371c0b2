package fi.tiekartta.progress.history.web;

import fi.tiekartta.kernel.FinnishTime;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import fi.tiekartta.platform.web.InvalidRequestException;
import fi.tiekartta.progress.history.StateHistory.AsOf;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads {@code ?asOf=}: an ISO date ({@code 2026-11-01}: as at the end of that Finnish day) or an instant
 * ({@code 2026-11-01T12:00:00Z}, or with an offset); anything else, or a time after now, is a 400 problem.
 */
public final class AsOfParameter {

    private AsOfParameter() {
    }

    /** The point asked for, or null when the parameter is absent (the view as it is now). */
    public static AsOf parse(String value, Clock clock) {
        if (value == null) {
            return null;
        }
        AsOf asOf = read(value.trim());
        Instant now = clock.instant();
        if (asOf.day().isAfter(FinnishTime.dateOf(now))
                || (value.contains("T") && asOf.instant().isAfter(now))) {
            throw new InvalidRequestException("asOf: must not be in the future");
        }
        return asOf;
    }

    private static AsOf read(String value) {
        try {
            if (value.length() == 10) {
                return AsOf.day(LocalDate.parse(value));
            }
            try {
                return AsOf.instant(Instant.parse(value));
            } catch (DateTimeException notUtc) {
                return AsOf.instant(OffsetDateTime.parse(value).toInstant());
            }
        } catch (DateTimeException unreadable) {
            throw new InvalidRequestException(
                    "asOf: must be an ISO date (2026-11-01) or instant (2026-11-01T12:00:00Z), was '" + value + "'");
        }
    }

    /** The 404 problem for a view asked for before the first event it rests on. */
    public static ResourceNotFoundException noDataAsOf(String what, String id, AsOf asOf) {
        return new NoDataAsOf(what, id, asOf);
    }

    private static final class NoDataAsOf extends ResourceNotFoundException {
        private final String message;

        NoDataAsOf(String what, String id, AsOf asOf) {
            super(what, id);
            this.message = "No data as of " + asOf.instant() + " (" + asOf.day() + "): " + what + " " + id
                    + " has no recorded state before its first event.";
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
