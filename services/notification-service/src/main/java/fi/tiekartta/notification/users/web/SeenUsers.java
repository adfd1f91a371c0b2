package fi.tiekartta.notification.users.web;

import fi.tiekartta.notification.users.TokenProfile;
import fi.tiekartta.notification.users.application.UserService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records every caller of the API from their token before the endpoint runs: this is how the service learns who
 * exists, their e-mail, language, roles and region (there is no Keycloak admin API behind it). The roles are the
 * authorities the platform's resource server made of the {@code roles} claim.
 */
class SeenUsers implements HandlerInterceptor {

    private static final String ROLE_PREFIX = "ROLE_";

    private final UserService users;

    SeenUsers(UserService users) {
        this.users = users;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            users.seen(profileOf(token));
        }
        return true;
    }

    static TokenProfile profileOf(JwtAuthenticationToken token) {
        Jwt jwt = token.getToken();
        String username = Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        Set<String> roles = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length())).collect(Collectors.toSet());
        return new TokenProfile(username, jwt.getClaimAsString("email"), jwt.getClaimAsString("locale"), roles,
                jwt.getClaimAsString("region"));
    }

    /** The caller's username, as {@link #profileOf} reads it. */
    static String username() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return profileOf(token).username();
        }
        throw new IllegalStateException("No JWT-authenticated user in this request");
    }
}
