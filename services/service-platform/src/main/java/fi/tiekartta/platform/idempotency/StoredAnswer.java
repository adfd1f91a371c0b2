package fi.tiekartta.platform.idempotency;

import java.util.List;
import java.util.Map;

/**
 * The first answer to a request with an {@code Idempotency-Key}, as a retry gets it again: its status, the headers
 * that describe what was created, and its body.
 */
record StoredAnswer(int status, Map<String, String> headers, byte[] body) {

    /** The headers a retry gets again; the others (dates, tracing, security) belong to each answer. */
    static final List<String> REPLAYED_HEADERS = List.of(
            "Content-Type", "Content-Language", "Location", "Content-Location", "ETag", "Last-Modified");
}
