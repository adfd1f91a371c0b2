package fi.tiekartta.kernel.period;

/**
 * A text or a set of values that is not a valid {@link Period}. The message says what was given and
 * what was expected, so it can be shown to the person who typed it or logged next to a rejected
 * document or event.
 */
public class InvalidPeriodException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Period canonicalReading;

    public InvalidPeriodException(String message) {
        this(message, null);
    }

    InvalidPeriodException(String message, Period canonicalReading) {
        super(message);
        this.canonicalReading = canonicalReading;
    }

    /** Where the text was a period in another accepted form (as the Finnish sources write it), that period; else null. */
    public Period canonicalReading() {
        return canonicalReading;
    }
}
