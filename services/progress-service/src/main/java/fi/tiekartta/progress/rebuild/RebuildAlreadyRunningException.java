package fi.tiekartta.progress.rebuild;

import fi.tiekartta.platform.application.ConflictException;

/** A rebuild was asked for while one is running: answered 409. */
public class RebuildAlreadyRunningException extends ConflictException {

    public RebuildAlreadyRunningException(RebuildStatus status) {
        super("A rebuild of generation " + status.generation() + " is running (phase " + status.phase()
                + ", started " + status.startedAt() + "); GET /api/progress/admin/rebuild shows how far it is.");
    }
}
