package fi.tiekartta.notification.inbox;

import java.util.Objects;

/**
 * Who a notification is addressed to: one person by username, the reporters of one region, the verifiers, or the
 * programme admins. A user belongs to the audiences their token names (see {@code users.TokenProfile}); an audience
 * is addressed whether or not any of its members is known yet, so a member sees what was addressed to it before
 * their first visit.
 *
 * @param key {@code user:<username>}, {@code reporters:<region code>}, {@code verifiers} or {@code admins}
 */
public record Audience(String key) {

    public Audience {
        Objects.requireNonNull(key, "key");
    }

    public static Audience user(String username) {
        return new Audience("user:" + username);
    }

    public static Audience reporters(String regionCode) {
        return new Audience("reporters:" + regionCode);
    }

    public static Audience verifiers() {
        return new Audience("verifiers");
    }

    public static Audience admins() {
        return new Audience("admins");
    }

    @Override
    public String toString() {
        return key;
    }
}
