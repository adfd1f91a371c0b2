package fi.tiekartta.web;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A demo user signed in for MockMvc tests, as the gateway's relayed token would make them. Not
 * {@code SecurityMockMvcRequestPostProcessors.jwt()}: that one exempts the request from CSRF protection, which
 * would hide exactly what the UI's forms must check.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor viewer() {
        return as("viewer", null, "programme-viewer");
    }

    public static RequestPostProcessor administrator() {
        return as("stm-admin", null, "programme-admin", "programme-viewer");
    }

    public static RequestPostProcessor verifier() {
        return as("thl-verifier", null, "verifier", "programme-viewer");
    }

    /** The reporter of Päijät-Häme (region 09). */
    public static RequestPostProcessor reporterOfPaijatHame() {
        return as("reporter-paijat-hame", "09", "region-reporter", "programme-viewer");
    }

    public static RequestPostProcessor as(String username, String region, String... roles) {
        Jwt.Builder token = Jwt.withTokenValue("token-of-" + username)
                .header("alg", "RS256")
                .claim("preferred_username", username)
                .claim("roles", List.of(roles))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        if (region != null) {
            token.claim("region", region);
        }
        return authentication(new JwtAuthenticationToken(token.build(),
                java.util.Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), username));
    }
}
