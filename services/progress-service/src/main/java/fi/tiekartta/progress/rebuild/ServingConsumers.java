package fi.tiekartta.progress.rebuild;

import java.time.Duration;

/** The consumers that keep the serving generation up to date. */
public interface ServingConsumers {

    /** Pauses them and waits until none is applying an event any more; answers whether they paused in time. */
    boolean pause(Duration timeout);

    /** Resumes them: they carry on from their own committed offsets, in whichever generation is active then. */
    void resume();
}
