package fi.tiekartta.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;

/**
 * Keeps the gateway's session cookie at the gateway: it is taken out of the {@code Cookie} header of every request
 * routed to the web UI or a service, which get the user's access token instead ({@code TokenRelay}) and have no use
 * for the session id. The web UI's own cookies and {@code XSRF-TOKEN} pass on.
 */
@Component
class SessionCookieFilter implements GlobalFilter, Ordered {

    private final String sessionCookie;

    SessionCookieFilter(@Value("${server.reactive.session.cookie.name:SESSION}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!exchange.getRequest().getCookies().containsKey(sessionCookie)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request -> request.headers(headers -> {
            List<String> rest = headers.getOrEmpty(HttpHeaders.COOKIE).stream()
                    .map(this::withoutSessionCookie)
                    .filter(header -> !header.isEmpty())
                    .toList();
            headers.remove(HttpHeaders.COOKIE);
            if (!rest.isEmpty()) {
                headers.add(HttpHeaders.COOKIE, String.join("; ", rest));
            }
        })).build());
    }

    private String withoutSessionCookie(String header) {
        return String.join("; ", Arrays.stream(header.split(";"))
                .map(String::trim)
                .filter(pair -> !pair.isEmpty() && !pair.startsWith(sessionCookie + "="))
                .toList());
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
