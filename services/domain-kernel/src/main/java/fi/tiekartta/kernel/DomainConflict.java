package fi.tiekartta.kernel;

/**
 * A command conflicts with the state the domain is in (e.g. a report of a closed round is frozen). Plain
 * Java, so rules can throw it; the web layer answers 409 problem+json with the title and the message, which
 * must say what is in the way and what can be done instead.
 */
public class DomainConflict extends RuntimeException {

    private final String title;

    public DomainConflict(String title, String message) {
        super(message);
        this.title = title;
    }

    /** The problem's short title, e.g. "Frozen". */
    public String title() {
        return title;
    }
}
