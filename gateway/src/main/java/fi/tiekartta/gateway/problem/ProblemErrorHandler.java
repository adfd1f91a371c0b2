package fi.tiekartta.gateway.problem;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The gateway's answer to every failure that reaches WebFlux: problem+json, never Spring's default error JSON or a
 * stack trace. What a caller most needs to know is whether to try again and when:
 * <ul>
 *   <li>a service that refuses connections, or whose circuit is open: {@code 503}, naming the service, with
 *   {@code Retry-After};</li>
 *   <li>a service that is at its concurrency limit (bulkhead): {@code 503}, {@code Retry-After: 1};</li>
 *   <li>a service that did not answer within its route's time: {@code 504};</li>
 *   <li>a service that dropped the connection mid-answer: {@code 502};</li>
 *   <li>the gateway's own 4xx (no route, method, body too large): that status;</li>
 *   <li>anything else: {@code 500} without details (logged with the request id).</li>
 * </ul>
 */
public final class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final Duration retryAfter;
    private final Duration defaultResponseTimeout;

    public ProblemErrorHandler(Duration retryAfter, Duration defaultResponseTimeout) {
        this.retryAfter = retryAfter;
        this.defaultResponseTimeout = defaultResponseTimeout;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        String service = serviceOf(exchange);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (find(failure, CallNotPermittedException.class) != null || find(failure, ServiceUnavailableException.class) != null) {
            headers.set(HttpHeaders.RETRY_AFTER, seconds(retryAfter));
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    service + " is not available: its recent calls failed. Try again later.");
        }
        if (find(failure, BulkheadFullException.class) != null) {
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    service + " is busy with other requests. Try again shortly.");
        }
        if (find(failure, ConnectException.class) != null || find(failure, NoRouteToHostException.class) != null
                || find(failure, UnknownHostException.class) != null
                || find(failure, io.netty.channel.ConnectTimeoutException.class) != null) {
            headers.set(HttpHeaders.RETRY_AFTER, seconds(retryAfter));
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, service + " is not available. Try again later.");
        }
        ResponseStatusException status = find(failure, ResponseStatusException.class);
        if (find(failure, TimeoutException.class) != null
                || (status != null && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value())) {
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT,
                    service + " did not answer within " + timeoutOf(exchange) + ".");
        }
        if (find(failure, PrematureCloseException.class) != null) {
            return Problems.write(exchange, HttpStatus.BAD_GATEWAY, service + " closed the connection before answering.");
        }
        if (find(failure, DataBufferLimitException.class) != null) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
        }
        if (status != null) {
            status.getHeaders().forEach(headers::put);
            return Problems.write(exchange, status.getStatusCode(), detailOf(exchange, status));
        }
        log.error("Unhandled failure for {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        return Problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "The gateway could not handle the request.");
    }

    private static String detailOf(ServerWebExchange exchange, ResponseStatusException status) {
        HttpStatusCode code = status.getStatusCode();
        if (code.value() == HttpStatus.NOT_FOUND.value()) {
            return "Nothing is served at " + exchange.getRequest().getPath().value() + ".";
        }
        if (code.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
            return exchange.getRequest().getMethod() + " is not allowed at " + exchange.getRequest().getPath().value() + ".";
        }
        if (code.is5xxServerError()) {
            return "The gateway could not handle the request.";
        }
        String reason = status.getReason();
        return reason != null ? reason : (code instanceof HttpStatus known ? known.getReasonPhrase() : "Error") + ".";
    }

    /** The route's {@code service} metadata (e.g. milestone-service), else its id. */
    private static String serviceOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return "The service";
        }
        Object service = route.getMetadata().get("service");
        return service != null ? service.toString() : route.getId();
    }

    private String timeoutOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object configured = route == null ? null : route.getMetadata().get("response-timeout");
        Duration timeout = configured == null ? defaultResponseTimeout : Duration.ofMillis(Long.parseLong(configured.toString()));
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private static String seconds(Duration duration) {
        return String.valueOf(Math.max(1, (duration.toMillis() + 999) / 1000));
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
