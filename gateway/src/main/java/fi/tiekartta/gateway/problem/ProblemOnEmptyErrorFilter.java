package fi.tiekartta.gateway.problem;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Several ready-made parts answer with a status and no body: the gateway's {@code RequestRateLimiter} (429), the
 * CORS processor (403 for a refused preflight), Spring Security's firewall and status entry points. This filter
 * gives such an answer a problem+json body instead. Answers passed on from a service are left as they came.
 */
public final class ProblemOnEmptyErrorFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse original = exchange.getResponse();
        ServerHttpResponse decorated = new ServerHttpResponseDecorator(original) {
            @Override
            public Mono<Void> setComplete() {
                HttpStatusCode status = getStatusCode();
                if (status == null || !status.isError() || isCommitted() || ServerWebExchangeUtils.isAlreadyRouted(exchange)) {
                    return super.setComplete();
                }
                return Problems.write(exchange.mutate().response(getDelegate()).build(), status, detailFor(status, exchange));
            }
        };
        return chain.filter(exchange.mutate().response(decorated).build());
    }

    private static String detailFor(HttpStatusCode status, ServerWebExchange exchange) {
        return switch (status.value()) {
            case 429 -> "Too many requests from this client. Try again after the time in Retry-After.";
            case 403 -> "This request is not allowed here.";
            case 401 -> "A valid bearer token from the tiekartta realm is required.";
            case 413 -> "The request body is too large.";
            case 404 -> "Nothing is served at " + exchange.getRequest().getPath().value() + ".";
            default -> status instanceof org.springframework.http.HttpStatus known ? known.getReasonPhrase() + "." : "Error.";
        };
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
