package fi.tiekartta.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * The UI sits behind the gateway, which keeps the browser session and relays the user's access token on every
 * request. The UI authenticates that token itself, like every service, and protects its forms against CSRF.
 * <p>
 * Why the bearer filter is installed by hand: {@code oauth2ResourceServer()} would switch CSRF protection off for
 * every request that carries a bearer token, which is right for machine clients but wrong here, where every
 * request carries one (the relayed token) and the browser's session cookie is what an attacker could ride on.
 * The CSRF token lives in a cookie (double submit): the UI keeps no session of its own.
 */
@Configuration
public class WebSecurityConfiguration {

    /** The CSRF cookie; its value goes into every form as {@code _csrf} and into htmx requests as a header. */
    public static final String CSRF_COOKIE = "TK-CSRF";

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoder);
        provider.setJwtAuthenticationConverter(rolesFromTheRolesClaim());
        BearerTokenAuthenticationFilter bearer = new BearerTokenAuthenticationFilter(new ProviderManager(provider));
        bearer.setAuthenticationEntryPoint((request, response, exception) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED));

        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(CSRF_COOKIE);
        csrfTokens.setHeaderName("X-CSRF-TOKEN");
        csrfTokens.setCookieCustomizer(cookie -> cookie.path("/").httpOnly(true).sameSite("Lax"));
        // The plain handler (no per-request masking) so that htmx can send the same token as a header.
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();

        http.addFilterBefore(bearer, CsrfFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Every request is authenticated anew from the relayed token; the default session strategy would take
                // that for a login and replace the CSRF token each time, clearing the cookie on responses (assets,
                // redirects) that render no form, so the next form post would arrive without it.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(csrfHandler)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/assets/**", "/favicon.ico", "/accessibility", "/error").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, exception) -> response.sendError(HttpServletResponse.SC_UNAUTHORIZED)));
        return http.build();
    }

    /** Keycloak puts the realm roles in the top-level {@code roles} claim (deploy/keycloak). */
    static JwtAuthenticationConverter rolesFromTheRolesClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }
}
