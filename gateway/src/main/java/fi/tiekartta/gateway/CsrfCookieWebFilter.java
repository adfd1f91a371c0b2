package fi.tiekartta.gateway;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Makes the gateway's CSRF token exist on every page the web UI renders. Reactive CSRF tokens are lazy: the cookie
 * ({@code XSRF-TOKEN}) is written only when someone subscribes to the token, and nothing in a proxied request does.
 * This filter subscribes on page requests (GET/HEAD outside the APIs and the gateway's own endpoints), so the
 * response carries the cookie, and also puts the token into the {@code Cookie} header the web UI receives: on the
 * very first page after login the browser has not got the cookie yet, yet the web UI must copy its value into the
 * logout form's hidden {@code _csrf} field.
 */
final class CsrfCookieWebFilter implements WebFilter {

    static final String COOKIE_NAME = "XSRF-TOKEN";

    private static final List<String> NOT_PAGES = List.of("/api/", "/v3/", "/actuator/", "/swagger-ui", "/webjars/",
            "/oauth2/", "/login/", "/logout", "/assets/", "/favicon.ico");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null || !isPage(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return token.map(csrf -> withTokenCookie(exchange, csrf.getToken()))
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    private static boolean isPage(ServerHttpRequest request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return false;
        }
        String path = request.getPath().pathWithinApplication().value();
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    private static ServerWebExchange withTokenCookie(ServerWebExchange exchange, String token) {
        HttpCookie sent = exchange.getRequest().getCookies().getFirst(COOKIE_NAME);
        if (sent != null && token.equals(sent.getValue())) {
            return exchange;
        }
        return exchange.mutate().request(request -> request.headers(headers -> {
            List<String> cookies = headers.getOrEmpty(HttpHeaders.COOKIE).stream()
                    .map(CsrfCookieWebFilter::withoutTokenCookie)
                    .filter(header -> !header.isBlank())
                    .toList();
            String all = String.join("; ", cookies);
            headers.set(HttpHeaders.COOKIE, (all.isEmpty() ? "" : all + "; ") + COOKIE_NAME + "=" + token);
        })).build();
    }

    private static String withoutTokenCookie(String cookieHeader) {
        return String.join("; ", java.util.Arrays.stream(cookieHeader.split(";"))
                .map(String::trim)
                .filter(pair -> !pair.isEmpty() && !pair.startsWith(COOKIE_NAME + "="))
                .toList());
    }
}
