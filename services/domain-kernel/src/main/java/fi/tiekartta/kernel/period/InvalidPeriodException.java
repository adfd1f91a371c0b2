package fi.tiekartta.kernel.period;

/**
 * A text or a set of values that is not a valid {@link Period}. The message says what was given and
 * what was expected, so it can be shown to the person who typed it or logged next to a rejected
 * document or event.
 */
public class InvalidPeriodException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidPeriodException(String message) {
        super(message);
    }
}
