package fi.tiekartta.platform.outbox;

/** How a pass of the relay ended, which decides when the next one runs. */
record PassResult(int published, boolean workLeft, boolean lockedElsewhere, boolean failed) {

    static final PassResult NOTHING = new PassResult(0, false, false, false);
    static final PassResult LOCKED_ELSEWHERE = new PassResult(0, false, true, false);

    static PassResult done(int published) {
        return new PassResult(published, false, false, false);
    }

    /** Its time was up: go on at once, after letting other replicas have the lock. */
    static PassResult workLeft(int published) {
        return new PassResult(published, true, false, false);
    }

    /** Kafka or MongoDB failed: try again after a pause. */
    static PassResult failed(int published) {
        return new PassResult(published, false, false, true);
    }

    PassResult and(PassResult other) {
        return new PassResult(published + other.published, workLeft || other.workLeft,
                lockedElsewhere || other.lockedElsewhere, failed || other.failed);
    }
}
