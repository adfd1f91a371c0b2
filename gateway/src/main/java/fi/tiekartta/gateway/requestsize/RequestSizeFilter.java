package fi.tiekartta.gateway.requestsize;

import fi.tiekartta.gateway.problem.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses bodies over the configured size with 413 problem+json before anything else reads them: at once when
 * {@code Content-Length} says so, and while streaming for a chunked body (the request fails as soon as the limit
 * is passed, so the service never receives more than the limit). Runs before authentication, so an anonymous caller
 * cannot make the gateway read a large body either.
 */
@Component
@EnableConfigurationProperties(RequestSizeProperties.class)
class RequestSizeFilter implements WebFilter, Ordered {

    private final RequestSizeProperties limits;
    private final List<PathPattern> largePaths;

    RequestSizeFilter(RequestSizeProperties limits) {
        this.limits = limits;
        this.largePaths = limits.largePaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean large = largePaths.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
        long max = (large ? limits.largeMax() : limits.max()).toBytes();
        long declared = request.getHeaders().getContentLength();
        if (declared > max) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, tooLarge(max));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > max) {
                        DataBufferUtils.release(buffer);
                        throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge(max));
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static String tooLarge(long max) {
        return "The request body is larger than " + (max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max + " bytes")
                + ", the most this address accepts.";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
