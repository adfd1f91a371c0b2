package fi.tiekartta.regional.reports;

import java.time.Instant;

/**
 * A correction recorded after the report's round closed: a new self-report by the region, or a new verified
 * value by a verifier, with the reason.
 */
public record Correction(int number, Kind kind, String reason, String by, Instant at) {

    public enum Kind {
        SELF_REPORT,
        VERIFIED
    }
}
