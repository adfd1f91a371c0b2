package fi.tiekartta.platform.outbox;

import fi.tiekartta.platform.tracing.Correlation;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Sends the events of a batch of aggregates to Kafka all at once, flushes, and only then waits for the
 * acknowledgements: one round trip per batch instead of one per event.
 * <p>
 * Order per aggregate: its events are sent in the order they were recorded, keyed by the aggregate id, so they go
 * to one partition in that order; the producer is idempotent, which keeps that order through its retries. Only the
 * acknowledged events before an aggregate's first failure count as published; the rest stay pending and are sent
 * again, after the failed one.
 * <p>
 * Each record carries, beside the CloudEvents {@code ce_*} headers, the correlation of the request that recorded the
 * event: {@code traceparent} (W3C Trace Context, which CloudEvents' distributed tracing extension names too) and
 * {@code tiekartta-request-id}, so that consumers log under the same trace (ADR 13).
 */
final class EventBatchSender {

    private static final Logger log = LoggerFactory.getLogger(EventBatchSender.class);

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final Function<OutboxEvent, CloudEvent> toCloudEvent;

    EventBatchSender(KafkaTemplate<String, CloudEvent> kafka, Function<OutboxEvent, CloudEvent> toCloudEvent) {
        this.kafka = kafka;
        this.toCloudEvent = toCloudEvent;
    }

    /** For each aggregate, in the order given, the events Kafka acknowledged before the first that it did not. */
    <K> Map<K, List<OutboxEvent>> send(Map<K, List<OutboxEvent>> eventsByAggregate, Duration timeout) {
        Map<K, List<CompletableFuture<?>>> sent = new LinkedHashMap<>();
        eventsByAggregate.forEach((aggregate, events) -> sent.put(aggregate, events.stream().map(this::send).toList()));
        if (sent.values().stream().anyMatch(futures -> !futures.isEmpty())) {
            kafka.flush();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<K, List<OutboxEvent>> acknowledged = new LinkedHashMap<>();
        sent.forEach((aggregate, futures) -> {
            List<OutboxEvent> events = eventsByAggregate.get(aggregate);
            List<OutboxEvent> done = new ArrayList<>();
            for (int i = 0; i < futures.size() && acknowledged(futures.get(i), events.get(i), deadline); i++) {
                done.add(events.get(i));
            }
            acknowledged.put(aggregate, done);
        });
        return acknowledged;
    }

    private CompletableFuture<?> send(OutboxEvent event) {
        try {
            return kafka.send(record(event));
        } catch (RuntimeException e) {
            // e.g. no metadata for the topic within max.block.ms
            return CompletableFuture.failedFuture(e);
        }
    }

    private ProducerRecord<String, CloudEvent> record(OutboxEvent event) {
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(event.topic(), event.subject(), toCloudEvent.apply(event));
        if (event.traceparent() != null) {
            record.headers().add(Correlation.TRACEPARENT, event.traceparent().getBytes(StandardCharsets.US_ASCII));
        }
        if (event.requestId() != null) {
            record.headers().add(Correlation.REQUEST_ID_RECORD_HEADER, event.requestId().getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    private static boolean acknowledged(CompletableFuture<?> future, OutboxEvent event, long deadline) {
        try {
            future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            log.warn("Could not publish event {} ({}) of {}; will retry: {}", event.eventId(), event.type(),
                    event.subject(), String.valueOf(cause));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
