package fi.tiekartta.gateway.problem;

import fi.tiekartta.gateway.correlation.RequestIds;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every answer the gateway makes up itself (as opposed to passing on a service's) is an RFC 9457
 * {@code application/problem+json} document: status, title, a detail that says what happened in words a caller can
 * act on, the path as {@code instance}, and the request id so a caller's report can be found in the logs.
 */
public final class Problems {

    private Problems() {
    }

    /** The document's bytes; also used below WebFlux (Netty's decoding failures), where there is no exchange. */
    public static byte[] body(int status, String detail, String instance, String requestId) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return JsonMapper.shared().writeValueAsBytes(problem);
    }

    /** Answers the exchange with a problem; whatever headers were set before (Retry-After, Allow) stay. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        if (exchange.getRequest().getMethod() == HttpMethod.HEAD) {
            return response.setComplete();
        }
        byte[] bytes = body(status.value(), detail, exchange.getRequest().getPath().value(),
                RequestIds.of(exchange));
        headers.setContentLength(bytes.length);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
