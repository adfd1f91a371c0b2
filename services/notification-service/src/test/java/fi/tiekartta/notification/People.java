package fi.tiekartta.notification;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Arrays;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Tokens shaped like the tiekartta realm's with the claims this service learns people from: preferred_username,
 * email, locale, roles and region.
 */
final class People {

    private People() {
    }

    static RequestPostProcessor reporter(String username, String region, String locale, String email) {
        return token(username, region, locale, email, "region-reporter", "programme-viewer");
    }

    static RequestPostProcessor verifier(String username, String locale, String email) {
        return token(username, null, locale, email, "verifier", "programme-viewer");
    }

    static RequestPostProcessor admin(String username, String email) {
        return token(username, null, null, email, "programme-admin", "programme-viewer");
    }

    static RequestPostProcessor viewer(String username, String locale, String email) {
        return token(username, null, locale, email, "programme-viewer");
    }

    static RequestPostProcessor token(String username, String region, String locale, String email, String... roles) {
        GrantedAuthority[] authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toArray(GrantedAuthority[]::new);
        return jwt().jwt(token -> {
            token.subject("sub-" + username).claim("preferred_username", username).claim("roles", List.of(roles));
            if (region != null) {
                token.claim("region", region);
            }
            if (locale != null) {
                token.claim("locale", locale);
            }
            if (email != null) {
                token.claim("email", email);
            }
        }).authorities(authorities);
    }
}
