package fi.tiekartta.progress.rebuild.messaging;

import fi.tiekartta.platform.messaging.InvalidEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The error handler of a replay's context (only there: {@code tiekartta.progress.rebuild.builder=true}), which
 * the platform's dead-lettering one gives way to. A record that can never be applied (not a CloudEvent, invalid
 * against its schema) was dead-lettered when the serving consumers first met it: the replay skips it with a log
 * line rather than dead-lettering it again. A record that fails for another reason is retried like in the serving
 * context and then recorded as a failure, which fails the rebuild: a generation that misses an event must not serve.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tiekartta.progress.rebuild.builder", havingValue = "true")
class ReplayErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ReplayErrorHandling.class);

    /** What the replay could not apply. */
    static final class Failures {
        private final List<String> failures = new CopyOnWriteArrayList<>();

        List<String> all() {
            return List.copyOf(failures);
        }
    }

    @Bean
    Failures replayFailures() {
        return new Failures();
    }

    @Bean
    DefaultErrorHandler replayErrorHandler(Failures failures,
            @Value("${tiekartta.kafka.consumer.retry.initial-interval}") String initialInterval,
            @Value("${tiekartta.kafka.consumer.retry.multiplier}") double multiplier,
            @Value("${tiekartta.kafka.consumer.retry.max-interval}") String maxInterval,
            @Value("${tiekartta.kafka.consumer.retry.max-retries}") int maxRetries) {
        ExponentialBackOff backOff = new ExponentialBackOff(DurationStyle.detectAndParse(initialInterval).toMillis(), multiplier);
        backOff.setMaxInterval(DurationStyle.detectAndParse(maxInterval).toMillis());
        backOff.setMaxAttempts(maxRetries);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            if (neverApplicable(exception)) {
                log.info("Replay skips {}-{}@{}: it can never be applied ({}); it is in {}.dlt already",
                        record.topic(), record.partition(), record.offset(), exception.getMessage(), record.topic());
            } else {
                log.error("Replay could not apply {}-{}@{}", record.topic(), record.partition(), record.offset(), exception);
                failures.failures.add(record.topic() + "-" + record.partition() + "@" + record.offset() + ": " + exception);
            }
        }, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, DeserializationException.class);
        handler.setCommitRecovered(true);
        return handler;
    }

    private static boolean neverApplicable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEventException || cause instanceof DeserializationException) {
                return true;
            }
        }
        return false;
    }
}
