package fi.tiekartta.gateway;

import fi.tiekartta.gateway.headers.SecurityHeadersProperties;
import fi.tiekartta.gateway.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The gateway authenticates; it does not authorise by role (each service does that for its own resources and
 * validates the token again, so a request that bypassed the gateway gains nothing). Two kinds of caller:
 * <ul>
 *   <li><b>Machines</b> send a bearer JWT of the tiekartta realm. Bad or missing: 401 problem+json saying why
 *   ({@link BearerChallenge}). The token
 *   travels on unchanged ({@code TokenRelay} leaves a bearer-authenticated request alone).</li>
 *   <li><b>Browsers</b> log in with OIDC authorization code + PKCE (Keycloak client {@code tiekartta-web}) and hold
 *   a server-side WebSession; {@code TokenRelay} puts the user's access token (refreshed when due) on every
 *   request routed to the web UI or the APIs. A page request without a session is redirected to the login.</li>
 * </ul>
 * CSRF: the gateway never reads proxied bodies, so proxied routes are not checked here (the web UI checks its own
 * forms, the APIs take no cookies of their own); the gateway's own {@code POST /logout} is checked against the
 * {@code XSRF-TOKEN} cookie (raw token in the form field {@code _csrf}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/" + KeycloakClientRegistrations.REGISTRATION_ID;

    /** Paths of the web UI that need no login: its static assets and the accessibility statement (Act 306/2019). */
    static final String[] PUBLIC_UI_PATHS = {"/assets/**", "/accessibility", "/accessibility/**", "/favicon.ico"};

    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(@Value("${tiekartta.web-login.issuer-uri}") String issuer,
            @Value("${tiekartta.web-login.client-id}") String clientId,
            @Value("${tiekartta.web-login.client-secret}") String clientSecret) {
        return new KeycloakClientRegistrations(issuer, clientId, clientSecret);
    }

    /** The user's tokens live in the WebSession (so a shared session store shares them between gateway instances). */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** What {@code TokenRelay} asks for the user's access token: refreshed with the refresh token when due. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    BearerChallenge bearerChallenge(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.audiences:tiekartta-api}") String audience) {
        return new BearerChallenge(issuer, audience);
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            BearerChallenge bearerChallenge, SecurityHeadersProperties securityHeaders) {
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/actuator/**").denyAll()
                        // API documentation is public: the services' OpenAPI documents and the Swagger UI over them
                        .pathMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                        // the public event contract: AsyncAPI document, its page, the events' schemas (eventcontract)
                        .pathMatchers("/events", "/events/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers(PUBLIC_UI_PATHS).permitAll()
                        // every other path is the web UI's: a logged-in user (or a valid bearer token)
                        .anyExchange().authenticated())
                .csrf(csrf -> csrf
                        .csrfTokenRepository(new CsrfCookieTokenRepository())
                        // the raw token (no XOR masking): the web UI copies the cookie's value into its logout form
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/logout")))
                .addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(bearerChallenge))
                .oauth2Login(login -> login.authenticationFailureHandler(loginFailed()))
                .logout(logout -> logout
                        // also drop the WebSession, and with it the user's tokens
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(keycloakLogout(registrations)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint(bearerChallenge))
                        .accessDeniedHandler((exchange, denied) ->
                                Problems.write(exchange, HttpStatus.FORBIDDEN, "This request is not allowed here.")))
                // HSTS (Spring Security's default) only on https requests: over TLS, or behind a TLS proxy with
                // server.forward-headers-strategy=native. X-Content-Type-Options and X-Frame-Options are defaults too.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(securityHeaders.contentSecurityPolicy()))
                        .referrerPolicy(referrer -> referrer.policy(
                                referrerPolicy(securityHeaders.referrerPolicy()))))
                .build();
    }

    /**
     * A session whose tokens can no longer be had (the refresh token expired or was revoked, e.g. the user logged
     * out of Keycloak elsewhere) ends here: the WebSession is invalidated, a page request is sent back to the same
     * page (which, without a session, starts a new login), anything else gets 401.
     */
    @Bean
    @Order(-2)
    WebExceptionHandler endedLoginHandler() {
        return (exchange, exception) -> {
            if (!(exception instanceof ClientAuthorizationException) || exchange.getResponse().isCommitted()) {
                return Mono.error(exception);
            }
            return exchange.getSession()
                    .flatMap(WebSession::invalidate)
                    .then(pageRequest().matches(exchange))
                    .flatMap(match -> {
                        if (match.isMatch()) {
                            // the same page again: now without a session, it is remembered and the login starts
                            URI page = exchange.getRequest().getURI();
                            exchange.getResponse().setStatusCode(HttpStatus.FOUND);
                            exchange.getResponse().getHeaders().setLocation(URI.create(page.getRawPath()
                                    + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery())));
                            return exchange.getResponse().setComplete();
                        }
                        return BearerChallenge.sessionEnded(exchange);
                    });
        };
    }

    /**
     * Who is told to log in how: a browser asking for a page is redirected to the login (and comes back to the page
     * afterwards); API calls, htmx requests and everything else get 401 problem+json.
     */
    private static ServerAuthenticationEntryPoint entryPoint(BearerChallenge bearerChallenge) {
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(pageRequest(),
                        new RedirectServerAuthenticationEntryPoint(LOGIN_PATH)));
        entryPoint.setDefaultEntryPoint(bearerChallenge);
        return entryPoint;
    }

    /** A browser's page request: outside the APIs, accepts HTML (not just any type), not an htmx request. */
    private static ServerWebExchangeMatcher pageRequest() {
        MediaTypeServerWebExchangeMatcher html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return new AndServerWebExchangeMatcher(
                new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**")),
                html,
                exchange -> exchange.getRequest().getHeaders().containsHeader("HX-Request")
                        ? ServerWebExchangeMatcher.MatchResult.notMatch()
                        : ServerWebExchangeMatcher.MatchResult.match());
    }

    /** RP-initiated logout: after the gateway's session, Keycloak's session ends too, and the user lands on {@code /}. */
    private static OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout(ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/")); // a session that was not an OIDC login
        return handler;
    }

    /** The login came back with an error (or Keycloak could not be reached): a short page, not a redirect loop. */
    private static ServerAuthenticationFailureHandler loginFailed() {
        return (webFilterExchange, exception) -> {
            ServerHttpResponse response = webFilterExchange.getExchange().getResponse();
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
            String page = """
                    <!DOCTYPE html>
                    <html lang="fi"><head><meta charset="utf-8"><title>Tiekartta</title></head>
                    <body><main>
                    <h1>Kirjautuminen epäonnistui</h1>
                    <p><a href="/">Yritä uudelleen</a></p>
                    <p lang="sv">Inloggningen misslyckades. <a href="/">Försök igen</a></p>
                    <p lang="en">Login failed. <a href="/">Try again</a></p>
                    </main></body></html>
                    """;
            DataBuffer buffer = response.bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8));
            return response.writeWith(Mono.just(buffer));
        };
    }

    private static ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy referrerPolicy(String value) {
        return java.util.Arrays.stream(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.values())
                .filter(policy -> policy.getPolicy().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("tiekartta.gateway.headers.referrer-policy: unknown " + value));
    }
}
