package fi.tiekartta.platform.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * What every service's Kafka listeners do with a record they cannot handle: Spring Kafka's {@link DefaultErrorHandler},
 * which Spring Boot gives every listener container, recovering with a {@link DeadLetterRecoverer} that publishes the
 * record to {@code <topic>.dlt} with the reason; consumption then carries on with the next record.
 * <ul>
 *   <li>A record that can never be handled is not retried: one whose value is not a CloudEvent (the consumers'
 *       {@code ErrorHandlingDeserializer} turns it into a {@code DeserializationException}, never retried by
 *       Spring Kafka) and an {@link InvalidEventException} (no data, data that is not JSON or violates its schema,
 *       no {@code aggregateversion}).</li>
 *   <li>Any other failure (MongoDB briefly unreachable, a conflict) is retried on the same record with an
 *       exponential backoff ({@code tiekartta.kafka.consumer.retry.*}: by default 1 s doubling up to 30 s, 8 retries,
 *       about two minutes), and then dead-lettered too. While a record is retried, the records after it in its
 *       partition wait: per-aggregate order holds.</li>
 * </ul>
 * A service that declares its own {@link CommonErrorHandler} keeps it.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(DefaultErrorHandler.class)
public class ConsumerErrorHandlingAutoConfiguration {

    @Bean
    @ConditionalOnBean(ProducerFactory.class)
    DeadLetterProducer deadLetterProducer(ProducerFactory<?, ?> producerFactory) {
        return new DeadLetterProducer(producerFactory);
    }

    @Bean
    @ConditionalOnBean(ProducerFactory.class)
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaConsumerErrorHandler(DeadLetterProducer producer,
            @Value("${tiekartta.kafka.consumer.retry.initial-interval}") String initialInterval,
            @Value("${tiekartta.kafka.consumer.retry.multiplier}") double multiplier,
            @Value("${tiekartta.kafka.consumer.retry.max-interval}") String maxInterval,
            @Value("${tiekartta.kafka.consumer.retry.max-retries}") int maxRetries) {
        // Parsed here rather than by the context, so that "1s" and "PT1S" both work in any context.
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxRetries);
        backOff.setInitialInterval(DurationStyle.detectAndParse(initialInterval).toMillis());
        backOff.setMultiplier(multiplier);
        backOff.setMaxInterval(DurationStyle.detectAndParse(maxInterval).toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterRecoverer(producer.template()), backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setCommitRecovered(true);
        return handler;
    }
}
