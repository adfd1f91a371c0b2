package fi.tiekartta.notification.users;

import fi.tiekartta.notification.inbox.Audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a user's token says of them: the claims {@code preferred_username}, {@code email}, {@code locale}, the realm
 * roles and the {@code region} claim of a reporter. The notification service knows people only from their own calls
 * (no Keycloak admin API); each call refreshes this.
 */
public record TokenProfile(String username, String email, String locale, Set<String> roles, String region) {

    public TokenProfile {
        roles = Set.copyOf(roles);
    }

    /** The audiences the user belongs to: themselves, and by role the reporters of their region, the verifiers, the admins. */
    public List<Audience> audiences() {
        List<Audience> audiences = new ArrayList<>();
        audiences.add(Audience.user(username));
        if (roles.contains("region-reporter") && region != null && !region.isBlank()) {
            audiences.add(Audience.reporters(region));
        }
        if (roles.contains("verifier")) {
            audiences.add(Audience.verifiers());
        }
        if (roles.contains("programme-admin")) {
            audiences.add(Audience.admins());
        }
        return List.copyOf(audiences);
    }

    /** The preferences of a user who has not chosen any: the token's e-mail, its locale's language or fi, IMMEDIATE. */
    public Preferences defaults() {
        String address = email == null || email.isBlank() ? null : email.strip();
        return new Preferences(address, languageOf(locale), address == null ? Digest.OFF : Digest.IMMEDIATE);
    }

    /** fi, sv or en from a locale claim such as {@code sv}, {@code sv-FI} or {@code en_GB}; fi for anything else. */
    static String languageOf(String locale) {
        if (locale == null || locale.isBlank()) {
            return "fi";
        }
        String language = locale.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Preferences.LANGUAGES.contains(language) ? language : "fi";
    }
}
