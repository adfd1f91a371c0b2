package fi.tiekartta.platform.tracing;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The correlation of the work the current thread is doing: the {@code traceparent} of the current span (the
 * request's server span, or a consumer's span) and the request id in the MDC. The outbox records both with an
 * event, because the event leaves later, from the relay's thread, where neither is current any more.
 */
public final class CurrentCorrelation {

    private static final CurrentCorrelation NONE = new CurrentCorrelation(() -> null, () -> null);

    private final Supplier<Tracer> tracer;
    private final Supplier<Propagator> propagator;

    /** Both looked up when asked: tracing may be configured after this object is made, or not at all. */
    public CurrentCorrelation(Supplier<Tracer> tracer, Supplier<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Without tracing: only the request id in the MDC. */
    public static CurrentCorrelation none() {
        return NONE;
    }

    /** The current span's context as a W3C {@code traceparent}, or {@code null} outside any span. */
    public String traceparent() {
        Tracer currentTracer = tracer.get();
        Propagator currentPropagator = propagator.get();
        if (currentTracer == null || currentPropagator == null) {
            return null;
        }
        TraceContext context = currentTracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        currentPropagator.inject(context, carrier, Map::put);
        return carrier.get(Correlation.TRACEPARENT);
    }

    /** The request id of the request (or consumed record) being handled, or {@code null}. */
    public String requestId() {
        return MDC.get(Correlation.REQUEST_ID_MDC);
    }
}
