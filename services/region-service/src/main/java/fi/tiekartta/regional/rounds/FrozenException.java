package fi.tiekartta.regional.rounds;

import fi.tiekartta.kernel.DomainConflict;

/**
 * The command would change something that is frozen: a report of a reporting round that has closed or
 * passed its deadline. Answered 409 problem+json titled "Frozen", with the message, which says what is
 * frozen and what can be done instead.
 */
public class FrozenException extends DomainConflict {

    public FrozenException(String message) {
        super("Frozen", message);
    }
}
