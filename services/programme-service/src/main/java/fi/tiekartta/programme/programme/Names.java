package fi.tiekartta.programme.programme;

import fi.tiekartta.platform.domain.DomainRuleViolation;


/**
 * A name in Finnish, Swedish and English. Finnish is required: it is the language the programme
 * documents are written in; the translations may follow later.
 */
public record Names(String fi, String sv, String en) {

    public Names {
        if (fi == null || fi.isBlank()) {
            throw new DomainRuleViolation("A Finnish name is required.");
        }
    }
}
