package fi.tiekartta.gateway.correlation;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the caller's own if it looks like an id (so a client can follow its
 * request through the logs), else a new UUID. It travels on to the service and back on the response, is put into
 * the Reactor context (and from there into the MDC of every log line written for the request, see
 * {@code logging.pattern.correlation}) and into problem documents. Runs first, so even a request the firewall or
 * the login refuses has one.
 */
public final class RequestIdFilter implements WebFilter, Ordered {

    /** Letters, digits and a few separators, at most 128 (the services accept the same): nothing that could forge a log line or a header. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@+=/-]{1,128}");

    static {
        // Reactor's automatic context propagation (spring.reactor.context-propagation=auto) restores this
        // ThreadLocal on whichever thread runs the request's operators.
        ContextRegistry.getInstance().registerThreadLocalAccessor(RequestIds.MDC_KEY,
                () -> MDC.get(RequestIds.MDC_KEY),
                value -> MDC.put(RequestIds.MDC_KEY, value),
                () -> MDC.remove(RequestIds.MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String sent = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
        // again just before the answer leaves: a service that echoes the header must not make it appear twice
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
            return Mono.empty();
        });
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(RequestIds.HEADER, id)))
                .build();
        return chain.filter(withId).contextWrite(context -> context.put(RequestIds.MDC_KEY, id));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
