package fi.tiekartta.progress.regional;

import java.time.Instant;
import java.util.Optional;

/** The regional views as their readers ask for them. */
public interface RegionalViews {

    /** The current matrix of a programme (by code): empty when no round of it is known. */
    Optional<RegionalMatrix> currentMatrix(String programmeCode);

    /**
     * The current matrix as it was at {@code asOf} (null: now), from the rounds' and reports' earlier states: empty
     * when no round of the programme was known then.
     */
    default Optional<RegionalMatrix> currentMatrix(String programmeCode, Instant asOf) {
        if (asOf != null) {
            throw new UnsupportedOperationException("no earlier states are kept");
        }
        return currentMatrix(programmeCode);
    }

    /**
     * One round's matrix, as reported at its deadline ({@code atDeadline}) or as corrected since; empty when the round
     * is not known or not of that programme.
     */
    Optional<RegionalMatrix> roundMatrix(String programmeCode, String roundId, boolean atDeadline);

    /** One organiser's reporting (by its two-digit code), with what it owes as of {@code now}; empty for an unknown code. */
    Optional<RegionView> region(String code, Instant now);

    /**
     * The region as it was at {@code asOf} (null: now), what it owed judged at {@code now}: empty for an unknown code,
     * or, as of a past time, when no round was known then.
     */
    default Optional<RegionView> region(String code, Instant now, Instant asOf) {
        if (asOf != null) {
            throw new UnsupportedOperationException("no earlier states are kept");
        }
        return region(code, now);
    }
}
