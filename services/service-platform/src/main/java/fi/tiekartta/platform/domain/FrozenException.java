package fi.tiekartta.platform.domain;

/**
 * The command would change something that is frozen, e.g. a report of a reporting round that has closed.
 * Plain Java, so aggregates can throw it; the web layer answers 409 problem+json with the message, which
 * says what is frozen and what can be done instead.
 */
public class FrozenException extends RuntimeException {

    public FrozenException(String message) {
        super(message);
    }
}
