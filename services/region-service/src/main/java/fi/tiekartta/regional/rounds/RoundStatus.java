package fi.tiekartta.regional.rounds;

/** A round is open for reports until it closes; a closed round never opens again. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
