package fi.tiekartta.kernel.period;

/**
 * A text or a set of values that is not a valid {@link Period}. The message says what was given and
 * what was expected, so it can be shown to the person who typed it or logged next to a rejected
 * document or event; {@link #reason()} is the same without the text that was given.
 */
public class InvalidPeriodException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Period canonicalReading;
    private final String reason;
    private final boolean specific;

    public InvalidPeriodException(String message) {
        this(message, message, null, true);
    }

    /** The text was a period in another accepted form, {@code canonicalReading}. */
    InvalidPeriodException(String message, String reason, Period canonicalReading) {
        this(message, reason, canonicalReading, true);
    }

    /** "Invalid period "text": reason". */
    InvalidPeriodException(String text, String reason, boolean specific) {
        this("Invalid period \"" + text + "\": " + reason, reason, null, specific);
    }

    InvalidPeriodException(String message, String reason, Period canonicalReading, boolean specific) {
        super(message);
        this.reason = reason;
        this.canonicalReading = canonicalReading;
        this.specific = specific;
    }

    /** The text matched none of the forms: the reason is the list of forms expected. */
    static InvalidPeriodException unrecognised(String expected) {
        return new InvalidPeriodException(expected, expected, null, false);
    }

    /** Where the text was a period in another accepted form (as the Finnish sources write it), that period; else null. */
    public Period canonicalReading() {
        return canonicalReading;
    }

    /**
     * Why the text is not a period, without quoting the text: "a quarter is 1, 2, 3 or 4, not 5", or the forms
     * expected where it matched none. The reason may still name a part of the text (a season name, say).
     */
    public String reason() {
        return reason;
    }

    /**
     * Whether the text had the shape of a form but broke one of its rules ("a quarter is 1, 2, 3 or 4, not 5");
     * false when it matched no form at all, and the reason is the list of forms expected.
     */
    public boolean isSpecific() {
        return specific;
    }
}
