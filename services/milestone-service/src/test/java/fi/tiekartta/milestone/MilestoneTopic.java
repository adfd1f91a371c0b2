package fi.tiekartta.milestone;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.tiekartta.testing.TopicRecords.header;
import static org.awaitility.Awaitility.await;

/**
 * The milestones topic of the embedded broker from the beginning, keeping every record seen, so a test can
 * count the events of one milestone. Events of one milestone arrive in the order they were recorded (one key,
 * one partition, the relay sends oldest first): once a later event is here, every earlier one is too.
 */
public final class MilestoneTopic implements AutoCloseable {

    private final Consumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public MilestoneTopic(EmbeddedKafkaBroker kafka) {
        Map<String, Object> props = new HashMap<>(KafkaTestUtils.consumerProps(kafka, "test-" + UUID.randomUUID(), false));
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer()).createConsumer();
        consumer.subscribe(List.of(fi.tiekartta.contracts.Topics.MILESTONES));
    }

    /** Waits until {@code count} events of this type and key have arrived; answers all of them, oldest first. */
    public List<ConsumerRecord<String, byte[]>> awaitCount(String key, String ceType, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(300)).forEach(seen::add);
            return records(key, ceType).size() >= count;
        });
        return records(key, ceType);
    }

    public ConsumerRecord<String, byte[]> awaitOne(String key, String ceType) {
        List<ConsumerRecord<String, byte[]>> records = awaitCount(key, ceType, 1);
        return records.get(records.size() - 1);
    }

    /** The events of this type and key seen so far. */
    public List<ConsumerRecord<String, byte[]>> records(String key, String ceType) {
        return seen.stream().filter(record -> key.equals(record.key()) && ceType.equals(header(record, "ce_type"))).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
