package fi.tiekartta.systemtests.matrix;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call an endpoint, as the services' {@code @PreAuthorize} and the gateway's rules say it. Two sets, because
 * the correction endpoint decides by the body's kind: a caller who holds either correction right gets the body read
 * (and an invalid one answered 400); everyone else is refused before the body is read.
 */
enum Rule {
    PUBLIC(EnumSet.allOf(Role.class), EnumSet.allOf(Role.class)),
    READ(EnumSet.complementOf(EnumSet.of(Role.NONE)), EnumSet.complementOf(EnumSet.of(Role.NONE))),
    ADMIN(EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN)),
    /** Webhook subscriptions: programme administrators, and integrations' own clients for their own. */
    INTEGRATOR(EnumSet.of(Role.ADMIN, Role.INTEGRATION), EnumSet.of(Role.ADMIN, Role.INTEGRATION)),
    REPORTER(EnumSet.of(Role.REPORTER_OWN), EnumSet.of(Role.REPORTER_OWN)),
    VERIFIER(EnumSet.of(Role.VERIFIER), EnumSet.of(Role.VERIFIER)),
    CORRECT_SELF(EnumSet.of(Role.REPORTER_OWN), EnumSet.of(Role.REPORTER_OWN, Role.VERIFIER)),
    CORRECT_VERIFIED(EnumSet.of(Role.VERIFIER), EnumSet.of(Role.REPORTER_OWN, Role.VERIFIER)),
    PRIVATE(EnumSet.noneOf(Role.class), EnumSet.noneOf(Role.class));

    private final Set<Role> allowedWithValidBody;
    private final Set<Role> readsInvalidBodyOf;

    Rule(Set<Role> allowedWithValidBody, Set<Role> readsInvalidBodyOf) {
        this.allowedWithValidBody = allowedWithValidBody;
        this.readsInvalidBodyOf = readsInvalidBodyOf;
    }

    boolean allows(Role role, Body body) {
        return (body == Body.INVALID ? readsInvalidBodyOf : allowedWithValidBody).contains(role);
    }

    static Rule parse(String text) {
        return valueOf(text.trim().toUpperCase().replace('-', '_'));
    }
}
