package fi.tiekartta.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * Who a request counts against: a bearer token's subject (a service account's subject for an integration client;
 * {@code azp}, the client id, when a token has no subject), a logged-in browser user's name, and before login the
 * caller's IP address (the connection's, or the proxy-supplied one when the server is run with
 * {@code server.forward-headers-strategy=native} behind a trusted proxy).
 */
public final class ClientKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .cast(Authentication.class)
                .filter(Authentication::isAuthenticated)
                .map(ClientKeyResolver::keyOf)
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + addressOf(exchange)));
    }

    private static String keyOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            String subject = jwt.getToken().getSubject();
            if (subject != null && !subject.isBlank()) {
                return "sub:" + subject;
            }
            String client = jwt.getToken().getClaimAsString("azp");
            if (client != null && !client.isBlank()) {
                return "client:" + client;
            }
        }
        return "user:" + authentication.getName();
    }

    private static String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
