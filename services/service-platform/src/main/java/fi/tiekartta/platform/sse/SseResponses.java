package fi.tiekartta.platform.sse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The answers of a stream endpoint: the stream itself, or why there is none now. */
public final class SseResponses {

    private SseResponses() {
    }

    /** The stream, never stored by a cache nor buffered by a proxy. */
    public static ResponseEntity<SseEmitter> stream(SseEmitter emitter) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Accel-Buffering", "no") // nginx and friends: do not buffer the stream
                .body(emitter);
    }

    /**
     * 503 (problem+json) with {@code Retry-After: 30}: the instance takes no more streams now (as many as it takes,
     * or starting or shutting down); the client tries again later, perhaps on another instance.
     */
    public static ErrorResponseException noMoreStreams(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        ErrorResponseException full = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        full.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
        return full;
    }
}
