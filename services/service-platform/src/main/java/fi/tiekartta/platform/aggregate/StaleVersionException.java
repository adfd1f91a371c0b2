package fi.tiekartta.platform.aggregate;

/** A change was based on a version that is no longer current: answered 412 Precondition Failed. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, String id, long expected, long current) {
        super(what + " " + id + " is at version " + current + ", not " + expected
                + ": it was changed meanwhile. Fetch it again and reapply your change.");
    }
}
