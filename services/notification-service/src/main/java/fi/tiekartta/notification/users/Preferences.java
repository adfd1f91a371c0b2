package fi.tiekartta.notification.users;

import fi.tiekartta.kernel.DomainRuleViolation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where and how a user wants to be told: the e-mail address, the language of the e-mail (fi, sv or en) and the
 * digest. Until the user sets them they follow the token ({@link TokenProfile#defaults()}).
 */
public record Preferences(String email, String language, Digest emailDigest) {

    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    // Deliberately plain: one @, something on both sides, a dot in the domain, no spaces or angle brackets. The relay
    // is the real judge; this catches typing slips and header injection.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]{1,64}@[^@\\s<>,;\"]+\\.[^@\\s<>,;\".]{2,}");

    /** Checks a user's choice; a broken rule is a 422 naming it. */
    public static Preferences chosen(String email, String language, Digest emailDigest) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (language == null || !LANGUAGES.contains(language)) {
            throw new DomainRuleViolation("language is fi, sv or en, not " + language + ".");
        }
        if (emailDigest == null) {
            throw new DomainRuleViolation("emailDigest is OFF, IMMEDIATE or DAILY.");
        }
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new DomainRuleViolation("email is not an e-mail address: " + address);
        }
        if (address == null && emailDigest != Digest.OFF) {
            throw new DomainRuleViolation("An e-mail digest needs an e-mail address; give one or choose OFF.");
        }
        return new Preferences(address, language, emailDigest);
    }

    /** Whether e-mail goes out at all. */
    public boolean mails() {
        return emailDigest != Digest.OFF && email != null;
    }
}
