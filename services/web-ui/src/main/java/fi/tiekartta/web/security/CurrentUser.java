package fi.tiekartta.web.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Optional;

/**
 * Who is looking at the page, from the relayed token: the name to greet, the roles that decide which work the
 * page offers (the services decide what is allowed), and the region a reporter reports for.
 */
public record CurrentUser(String username, String displayName, List<String> roles, String region) {

    public static final String PROGRAMME_ADMIN = "programme-admin";
    public static final String REGION_REPORTER = "region-reporter";
    public static final String VERIFIER = "verifier";

    /** The signed-in user, or empty on the public pages (accessibility statement, errors). */
    public static Optional<CurrentUser> current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        var jwt = token.getToken();
        String username = jwt.getClaimAsString("preferred_username");
        String name = jwt.getClaimAsString("name");
        List<String> roles = Optional.ofNullable(jwt.getClaimAsStringList("roles")).orElse(List.of());
        return Optional.of(new CurrentUser(username, name == null || name.isBlank() ? username : name, roles,
                jwt.getClaimAsString("region")));
    }

    /** The raw access token, to forward to the services' APIs. */
    public static Optional<String> accessToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? Optional.of(token.getToken().getTokenValue())
                : Optional.empty();
    }

    public boolean isAdministrator() {
        return roles.contains(PROGRAMME_ADMIN);
    }

    public boolean isReporter() {
        return roles.contains(REGION_REPORTER) && region != null;
    }

    public boolean isVerifier() {
        return roles.contains(VERIFIER);
    }
}
