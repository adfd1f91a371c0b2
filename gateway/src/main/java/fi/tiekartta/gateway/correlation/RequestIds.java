package fi.tiekartta.gateway.correlation;

import org.springframework.web.server.ServerWebExchange;

/** Where the request's id is kept during the exchange, for whoever writes a response or a log line about it. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIds.class.getName();
    /** The key in the Reactor context and in the logging MDC. */
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
