package fi.tiekartta.platform.application;

/** The request contradicts the current state, e.g. a code that is already taken: answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
