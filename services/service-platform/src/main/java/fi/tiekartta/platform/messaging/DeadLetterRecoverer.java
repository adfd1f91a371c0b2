package fi.tiekartta.platform.messaging;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;

import java.nio.charset.StandardCharsets;

/**
 * Spring Kafka's {@link DeadLetterPublishingRecoverer}, publishing a failed record to {@code <topic>.dlt}
 * ({@link DeadLetterTopics}) in the same partition (or, should the dead-letter topic have fewer, one the producer
 * picks by key: the recoverer checks that the partition exists) with the original record's key, value and headers
 * plus Spring's {@code kafka_dlt-*} headers (the reason in {@code kafka_dlt-exception-message}, the original topic,
 * partition, offset and consumer group).
 * <p>
 * What it sends is the record's original bytes, so that what is in the dead-letter topic can be inspected with any
 * Kafka client and replayed to its topic unchanged. A record whose value could not be deserialized carries its
 * bytes in the deserialization exception, which the recoverer uses; a record that was read as a CloudEvent is
 * turned back into the bytes it came as: in binary content mode (how Tiekartta publishes) the value is the event's
 * data and the attributes are the {@code ce_*} headers, which are copied unchanged.
 * <p>
 * Each dead-lettered record is logged (WARN) with its reason, once it is in the dead-letter topic.
 */
public class DeadLetterRecoverer extends DeadLetterPublishingRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecoverer.class);
    private static final String CE_SPECVERSION_HEADER = "ce_specversion";
    private static final String CONTENT_TYPE_HEADER = "content-type";

    /** @param template sends keys and values as they are, byte arrays */
    public DeadLetterRecoverer(KafkaOperations<byte[], byte[]> template) {
        super(template, (record, exception) ->
                new TopicPartition(DeadLetterTopics.of(record.topic()), record.partition()));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        super.accept(record, consumer, exception);
        Throwable reason = exception;
        while (reason.getCause() != null && reason.getCause() != reason) {
            reason = reason.getCause();
        }
        log.warn("Dead-lettered {} (key {}) to {}: {}", KafkaUtils.format(record), record.key(),
                DeadLetterTopics.of(record.topic()), reason.getMessage());
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
            TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
        return new ProducerRecord<>(topicPartition.topic(),
                topicPartition.partition() < 0 ? null : topicPartition.partition(),
                key != null ? key : originalKey(record.key()),
                value != null ? value : originalValue(record),
                headers);
    }

    private static byte[] originalKey(Object key) {
        if (key == null || key instanceof byte[]) {
            return (byte[]) key;
        }
        return key.toString().getBytes(StandardCharsets.UTF_8); // keys are aggregate ids, read as UTF-8 strings
    }

    private static byte[] originalValue(ConsumerRecord<?, ?> record) {
        Object value = record.value();
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof CloudEvent event) {
            return eventBytes(event, record.headers());
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] eventBytes(CloudEvent event, Headers headers) {
        if (headers.lastHeader(CE_SPECVERSION_HEADER) != null) { // binary content mode: the value was the data
            CloudEventData data = event.getData();
            return data == null ? null : data.toBytes();
        }
        // Structured content mode: the value was the whole event in the format its content type names; the format
        // is on the classpath, or the record could not have been read as a CloudEvent.
        Header contentType = headers.lastHeader(CONTENT_TYPE_HEADER);
        EventFormat format = contentType == null ? null
                : EventFormatProvider.getInstance().resolveFormat(new String(contentType.value(), StandardCharsets.UTF_8));
        if (format == null) {
            throw new IllegalStateException("Cannot turn event " + event.getId() + " back into the bytes it came as");
        }
        return format.serialize(event);
    }
}
