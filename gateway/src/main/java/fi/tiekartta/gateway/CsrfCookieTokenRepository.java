package fi.tiekartta.gateway;

import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's CSRF token in the cookie {@code XSRF-TOKEN}: readable by the page (not HttpOnly), path {@code /},
 * SameSite=Lax, and Secure when the request came over HTTPS. Spring's cookie repository decides Secure by the
 * connection's TLS, which behind a TLS-terminating proxy is never there; the request's scheme (from the forwarded
 * headers) is what tells.
 */
final class CsrfCookieTokenRepository implements ServerCsrfTokenRepository {

    private final CookieServerCsrfTokenRepository plain = cookieRepository(false);
    private final CookieServerCsrfTokenRepository secure = cookieRepository(true);

    @Override
    public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
        return plain.generateToken(exchange);
    }

    @Override
    public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
        boolean https = "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
        return (https ? secure : plain).saveToken(exchange, token);
    }

    @Override
    public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
        return plain.loadToken(exchange);
    }

    private static CookieServerCsrfTokenRepository cookieRepository(boolean secure) {
        CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieName(CsrfCookieWebFilter.COOKIE_NAME);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (secure) {
                cookie.secure(true);
            }
        });
        return repository;
    }
}
