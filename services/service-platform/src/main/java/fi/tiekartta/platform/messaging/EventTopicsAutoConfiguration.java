package fi.tiekartta.platform.messaging;

import fi.tiekartta.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.stream.Stream;

/**
 * Every service creates the contract's topics that do not exist yet, all with the same settings, so
 * the order in which producers and consumers start does not matter. (A consumer must never create a
 * topic by subscribing to it: it would get the broker's default partition count; the platform turns
 * that off with {@code allow.auto.create.topics=false}.) Partitions keep per-aggregate order by key;
 * events are kept without a time limit because read models are rebuilt by replaying the topics.
 * <p>
 * Each topic has its dead-letter topic, {@code <topic>.dlt} ({@link DeadLetterTopics}), created alike: the same
 * partitions, so a dead-lettered record goes to the partition it came from, and no time limit, so nothing a
 * consumer could not apply is lost before someone has looked at it.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class EventTopicsAutoConfiguration {

    @Bean
    @ConditionalOnBean(KafkaAdmin.class)
    KafkaAdmin.NewTopics eventTopics(@Value("${tiekartta.kafka.partitions:3}") int partitions,
            @Value("${tiekartta.kafka.replicas:1}") short replicas) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic, DeadLetterTopics.of(topic)))
                .map(topic -> new NewTopic(topic, partitions, replicas)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))
                .toArray(NewTopic[]::new));
    }
}
