package fi.tiekartta.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * Who is acting: every change is attributed to the person (or integration client) named in the JWT.
 *
 * @param id       the token's subject, stable across renames
 * @param username the {@code preferred_username}, what people recognise in history
 * @param region   the {@code region} claim of a region reporter (Statistics Finland code, e.g. "09")
 */
public record Actor(String id, String username, Optional<String> region) {

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return fromJwt(token.getToken());
        }
        throw new IllegalStateException("No JWT-authenticated user in this request");
    }

    static Actor fromJwt(Jwt jwt) {
        String username = Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        return new Actor(jwt.getSubject(), username, Optional.ofNullable(jwt.getClaimAsString("region")));
    }
}
