package fi.tiekartta.integration.webhooks.subscriptions.web;

import fi.tiekartta.integration.webhooks.subscriptions.WebhookCaller;
import fi.tiekartta.platform.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Optional;

/**
 * Who may manage webhooks, and as whom. Programme administrators manage every subscription; an integration client
 * manages its own, under the client id of its token (Keycloak puts it in {@code client_id} for a service account's
 * client-credentials token) or, for a person's token, the {@code preferred_username}.
 */
public final class WebhookCallers {

    /** The rule of every webhook endpoint; what a caller then sees is limited by {@link WebhookCaller}. */
    public static final String MAY_MANAGE = "hasAnyRole('" + Roles.PROGRAMME_ADMIN + "','" + Roles.INTEGRATION_CLIENT + "')";

    private WebhookCallers() {
    }

    public static WebhookCaller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("No JWT-authenticated caller in this request");
        }
        boolean admin = token.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Roles.PROGRAMME_ADMIN));
        Jwt jwt = token.getToken();
        String id = Optional.ofNullable(jwt.getClaimAsString("client_id"))
                .or(() -> Optional.ofNullable(jwt.getClaimAsString("preferred_username")))
                .orElse(jwt.getSubject());
        return new WebhookCaller(id, admin);
    }
}
