package fi.tiekartta.platform.security;

import fi.tiekartta.platform.web.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is a stateless OAuth2 resource server: a request needs a valid Keycloak JWT except for
 * the operational endpoints (health, info, metrics). Authorisation by role is
 * declared on the endpoints with {@link Roles}, and asked before the request body is read
 * ({@link AuthorizationBeforeBody}). 401 and 403 answers are problem+json, like every error,
 * and keep the {@code WWW-Authenticate} header that RFC 6750 asks for.
 */
@AutoConfiguration
@EnableMethodSecurity
public class ResourceServerSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler bearerDeniedHandler = new BearerTokenAccessDeniedHandler();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**").permitAll() // the OpenAPI document is public documentation
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((request, response, exception) -> {
                            bearerEntryPoint.commence(request, response, exception);
                            problems.write(response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((request, response, exception) -> {
                            bearerDeniedHandler.handle(request, response, exception);
                            problems.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
                        }));
        return http.build();
    }

    /**
     * An endpoint's authorization rule is asked before anything else of the request is looked at: first of the
     * interceptors (before unknown query parameters are refused) and before the body is read.
     */
    @Bean
    WebMvcConfigurer authorizationBeforeBody(ApplicationContext context) {
        AuthorizationBeforeBody interceptor = new AuthorizationBeforeBody(context);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor).order(Ordered.HIGHEST_PRECEDENCE);
            }
        };
    }
}
