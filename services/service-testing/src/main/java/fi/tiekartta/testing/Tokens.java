package fi.tiekartta.testing;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Arrays;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/** JWTs shaped like the tiekartta realm's (roles claim, region claim, preferred_username) for MockMvc. */
public final class Tokens {

    private Tokens() {
    }

    public static RequestPostProcessor user(String username, String... roles) {
        return token(username, null, roles);
    }

    public static RequestPostProcessor regionReporter(String username, String regionCode) {
        return token(username, regionCode, "region-reporter", "programme-viewer");
    }

    /** A token with a {@code region} claim and any roles, e.g. a verifier whose account also names a region. */
    public static RequestPostProcessor userInRegion(String username, String regionCode, String... roles) {
        return token(username, regionCode, roles);
    }

    public static RequestPostProcessor admin() {
        return user("stm-admin", "programme-admin", "programme-viewer");
    }

    public static RequestPostProcessor verifier() {
        return user("thl-verifier", "verifier", "programme-viewer");
    }

    public static RequestPostProcessor viewer() {
        return user("viewer", "programme-viewer");
    }

    private static RequestPostProcessor token(String username, String regionCode, String... roles) {
        GrantedAuthority[] authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toArray(GrantedAuthority[]::new);
        return jwt().jwt(token -> {
            token.subject("sub-" + username).claim("preferred_username", username).claim("roles", List.of(roles));
            if (regionCode != null) {
                token.claim("region", regionCode);
            }
        }).authorities(authorities);
    }
}
