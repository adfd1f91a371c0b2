package fi.tiekartta.regional.reports;

import java.time.Instant;

/** Why a verifier returned the report to the region, who and when; kept until the report is verified. */
public record ReturnNote(String comment, String by, Instant at) {
}
