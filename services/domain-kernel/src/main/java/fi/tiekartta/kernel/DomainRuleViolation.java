package fi.tiekartta.kernel;

/**
 * A command broke a rule of the domain (a malformed code, a missing owner, a transition that is not
 * allowed). Plain Java, so aggregates can throw it; the web layer answers it as 422 problem+json with
 * the message, which must therefore say in plain words what was wrong. Where the rule concerns one field,
 * {@link #field()} names it, so that a caller checking a whole document can say where the problem is.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String field;

    public DomainRuleViolation(String message) {
        this(null, message);
    }

    public DomainRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the rule concerns (e.g. {@code forecast}), or null when it concerns the whole. */
    public String field() {
        return field;
    }
}
