package fi.tiekartta.platform.tracing;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * While a listener handles a consumed record, the MDC names the request that caused it: {@code requestId} from the
 * record's {@code tiekartta-request-id} header, and {@code traceId}/{@code spanId} from its {@code traceparent}
 * unless the listener's observation (Micrometer Tracing) has already put its own span's there. Whatever it put is
 * removed after the record, so nothing leaks into the next one.
 */
public class CorrelationRecordInterceptor implements RecordInterceptor<Object, Object> {

    /** The MDC keys this interceptor put for the record in hand, on the listener's thread. */
    private static final ThreadLocal<List<String>> ADDED = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        clear();
        String requestId = Correlation.requestIdOrNull(header(record, Correlation.REQUEST_ID_RECORD_HEADER));
        if (requestId != null) {
            put(Correlation.REQUEST_ID_MDC, requestId);
        }
        String traceparent = header(record, Correlation.TRACEPARENT);
        String traceId = Correlation.traceIdOf(traceparent);
        if (traceId != null && MDC.get(Correlation.TRACE_ID_MDC) == null) {
            put(Correlation.TRACE_ID_MDC, traceId);
            put(Correlation.SPAN_ID_MDC, Correlation.spanIdOf(traceparent));
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        clear();
    }

    private static void put(String key, String value) {
        MDC.put(key, value);
        ADDED.get().add(key);
    }

    /** Removes only what this interceptor put: the tracer manages its own keys. */
    private static void clear() {
        List<String> added = ADDED.get();
        added.forEach(MDC::remove);
        added.clear();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
