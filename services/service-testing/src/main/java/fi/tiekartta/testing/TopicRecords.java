package fi.tiekartta.testing;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Reads a topic of the embedded broker from the beginning, as raw bytes with their headers, and waits
 * for the record a test expects (a dead-letter topic, {@code <topic>.dlt}, too). Close it after the test.
 */
public final class TopicRecords implements AutoCloseable {

    private final Consumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public TopicRecords(EmbeddedKafkaBroker kafka, String topic) {
        Map<String, Object> props = new HashMap<>(KafkaTestUtils.consumerProps(kafka, "test-" + UUID.randomUUID(), false));
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer()).createConsumer();
        consumer.subscribe(List.of(topic));
    }

    /** Waits for the record with this key and CloudEvents type; answers the last such record. */
    public ConsumerRecord<String, byte[]> awaitRecord(String key, String ceType) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(seen::add);
            return matching(key, ceType).isPresent();
        });
        return matching(key, ceType).orElseThrow();
    }

    /** Waits until {@code count} records with this key have arrived; answers all of them, oldest first. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(seen::add);
            return withKey(key).size() >= count;
        });
        return withKey(key);
    }

    /** The records with this key that have arrived so far, oldest first. */
    public List<ConsumerRecord<String, byte[]>> withKey(String key) {
        return seen.stream().filter(record -> key.equals(record.key())).toList();
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String data(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private Optional<ConsumerRecord<String, byte[]>> matching(String key, String ceType) {
        return seen.stream().filter(record -> key.equals(record.key()) && ceType.equals(header(record, "ce_type")))
                .reduce((first, second) -> second);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
