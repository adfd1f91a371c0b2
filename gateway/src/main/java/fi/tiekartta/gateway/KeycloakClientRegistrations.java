package fi.tiekartta.gateway;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's one OAuth2 client, {@code keycloak} (Keycloak client {@code tiekartta-web}), discovered from the
 * issuer's OpenID configuration on first use rather than at start-up: the gateway starts (and serves bearer
 * requests) while Keycloak is still starting or briefly away, as it did before browser login existed. A failed
 * discovery is not remembered, so the next login tries again; a successful one is kept.
 * <p>
 * The discovery document also gives {@code end_session_endpoint}, which RP-initiated logout needs. PKCE (S256) is
 * used because Spring Security 7 requires a proof key for every authorization code client by default
 * ({@code ClientSettings.requireProofKey}, default true); it is set explicitly here all the same.
 */
final class KeycloakClientRegistrations implements ReactiveClientRegistrationRepository {

    static final String REGISTRATION_ID = "keycloak";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final AtomicReference<ClientRegistration> discovered = new AtomicReference<>();

    KeycloakClientRegistrations(String issuer, String clientId, String clientSecret) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return Mono.empty();
        }
        ClientRegistration known = discovered.get();
        if (known != null) {
            return Mono.just(known);
        }
        // Discovery is a blocking HTTP call: off the event loop.
        return Mono.fromCallable(this::discover)
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(discovered::set);
    }

    private ClientRegistration discover() {
        return ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(clientId)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                // The realm's default client scope tiekartta-api adds the aud, roles and region claims.
                .scope("openid", "profile", "email")
                .userNameAttributeName("preferred_username")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }
}
