package fi.tiekartta.regional.rounds;

/** Why a round closed: its deadline passed, or an admin closed it by hand (e.g. every region had answered). */
public enum CloseReason {
    DEADLINE,
    BY_HAND
}
