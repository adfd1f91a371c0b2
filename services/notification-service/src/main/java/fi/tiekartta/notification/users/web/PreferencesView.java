package fi.tiekartta.notification.users.web;

import fi.tiekartta.notification.users.Digest;
import fi.tiekartta.notification.users.Preferences;

/**
 * The caller's preferences, as shown and as sent back: {@code email} (null for none), {@code language}
 * ({@code fi}, {@code sv} or {@code en}) and {@code emailDigest} ({@code OFF}, {@code IMMEDIATE} or {@code DAILY}).
 */
public record PreferencesView(String email, String language, Digest emailDigest) {

    static PreferencesView of(Preferences preferences) {
        return new PreferencesView(preferences.email(), preferences.language(), preferences.emailDigest());
    }
}
