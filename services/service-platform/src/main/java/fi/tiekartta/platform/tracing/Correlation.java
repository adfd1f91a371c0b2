package fi.tiekartta.platform.tracing;

import java.util.regex.Pattern;

/**
 * The names under which a request's correlation travels: the W3C trace context ({@code traceparent}) that Micrometer
 * Tracing continues, and the gateway's request id. Both go from the gateway to a service as HTTP headers, from the
 * service into the log lines (MDC), and from the outbox onto the Kafka records the request caused (ADR 13).
 */
public final class Correlation {

    /** W3C Trace Context header, on HTTP requests and on Kafka records alike (also CloudEvents' tracing extension). */
    public static final String TRACEPARENT = "traceparent";
    /** The request id the gateway gives every request. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** The request id on a Kafka record: not a CloudEvents attribute, so not {@code ce_}-prefixed. */
    public static final String REQUEST_ID_RECORD_HEADER = "tiekartta-request-id";
    /** The MDC key of the request id; Micrometer Tracing puts {@code traceId} and {@code spanId} beside it. */
    public static final String REQUEST_ID_MDC = "requestId";
    public static final String TRACE_ID_MDC = "traceId";
    public static final String SPAN_ID_MDC = "spanId";

    /** Letters, digits and a few separators, at most 128: a UUID or a gateway's id, nothing that can forge a log line. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@+=/-]{1,128}");
    /** version-traceid-parentid-flags, lower-case hex (W3C Trace Context, level 1). */
    private static final Pattern TRACE_PARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");

    private Correlation() {
    }

    /** The request id if it is one we are willing to log and pass on; {@code null} otherwise. */
    public static String requestIdOrNull(String value) {
        return value != null && REQUEST_ID.matcher(value).matches() ? value : null;
    }

    /** The trace id of a {@code traceparent} value, or {@code null} when it is not one. */
    public static String traceIdOf(String traceparent) {
        var matcher = traceparent == null ? null : TRACE_PARENT.matcher(traceparent);
        return matcher != null && matcher.matches() ? matcher.group(1) : null;
    }

    /** The parent span id of a {@code traceparent} value, or {@code null} when it is not one. */
    public static String spanIdOf(String traceparent) {
        var matcher = traceparent == null ? null : TRACE_PARENT.matcher(traceparent);
        return matcher != null && matcher.matches() ? matcher.group(2) : null;
    }
}
