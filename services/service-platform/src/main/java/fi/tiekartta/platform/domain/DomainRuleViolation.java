package fi.tiekartta.platform.domain;

/**
 * A command broke a rule of the domain (a malformed code, a missing owner, a transition that is not
 * allowed). Plain Java, so aggregates can throw it; the web layer answers it as 422 problem+json with
 * the message, which must therefore say in plain words what was wrong.
 */
public class DomainRuleViolation extends RuntimeException {

    public DomainRuleViolation(String message) {
        super(message);
    }
}
