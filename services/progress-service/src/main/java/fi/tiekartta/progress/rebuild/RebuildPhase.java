package fi.tiekartta.progress.rebuild;

/** Where a rebuild stands. */
public enum RebuildPhase {
    /** No rebuild since the service started. */
    IDLE,
    /** The new generation is being built from the beginning of every topic; the current one serves. */
    REPLAYING,
    /** The new generation has caught up once; the serving consumers are paused for the switch. */
    PAUSING,
    /** The serving consumers are paused; the new generation applies what arrived meanwhile. */
    CATCHING_UP,
    /** The service now reads and writes the new generation; the serving consumers carry on in it. */
    SWITCHED,
    /** The rebuild failed or was given up; the generation that served before still serves. */
    FAILED;

    /** Whether a rebuild is running in this phase. */
    public boolean running() {
        return this == REPLAYING || this == PAUSING || this == CATCHING_UP;
    }
}
