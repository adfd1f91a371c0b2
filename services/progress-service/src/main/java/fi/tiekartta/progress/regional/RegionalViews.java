package fi.tiekartta.progress.regional;

import java.time.Instant;
import java.util.Optional;

/** The regional views as their readers ask for them. */
public interface RegionalViews {

    /** The current matrix of a programme (by code): empty when no round of it is known. */
    Optional<RegionalMatrix> currentMatrix(String programmeCode);

    /**
     * One round's matrix, as reported at its deadline ({@code atDeadline}) or as corrected since; empty when the round
     * is not known or not of that programme.
     */
    Optional<RegionalMatrix> roundMatrix(String programmeCode, String roundId, boolean atDeadline);

    /** One organiser's reporting (by its two-digit code), with what it owes as of {@code now}; empty for an unknown code. */
    Optional<RegionView> region(String code, Instant now);
}
