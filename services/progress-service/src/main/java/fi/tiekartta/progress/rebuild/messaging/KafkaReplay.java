package fi.tiekartta.progress.rebuild.messaging;

import fi.tiekartta.progress.ProgressServiceApplication;
import fi.tiekartta.progress.rebuild.PartitionProgress;
import fi.tiekartta.progress.rebuild.Replay;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.boot.SpringApplication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A replay is a second Spring context of this very application, without a web server, started inside the service:
 * the same projections, with
 * <ul>
 *   <li>{@code spring.mongodb.database} the generation's database, so they write there (and create their indexes
 *       there as they start);</li>
 *   <li>{@code tiekartta.progress.group-prefix} {@code progress-service-rebuild-g<N>}: consumer groups of their own
 *       that have no offsets, so they read every topic from the beginning ({@code auto-offset-reset=earliest});</li>
 *   <li>{@code tiekartta.progress.rebuild.builder=true}: no generation routing, no rebuild of its own, and an error
 *       handler that does not dead-letter again what the serving consumers dead-lettered before
 *       ({@link ReplayErrorHandling}).</li>
 * </ul>
 * Everything else (Kafka, MongoDB, retries) is the serving context's environment. Progress compares each replay
 * group's committed offsets with the partitions' end offsets (Kafka Admin client).
 */
class KafkaReplay implements Replay {

    static final String GROUP_PREFIX = "progress-service-rebuild-g";
    private static final Logger log = LoggerFactory.getLogger(KafkaReplay.class);
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final ConfigurableEnvironment environment;
    private final KafkaAdmin kafkaAdmin;

    KafkaReplay(ConfigurableEnvironment environment, KafkaAdmin kafkaAdmin) {
        this.environment = environment;
        this.kafkaAdmin = kafkaAdmin;
    }

    @Override
    public Running start(int generation, String database) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("spring.mongodb.database", database);
        overrides.put("tiekartta.progress.group-prefix", GROUP_PREFIX + generation);
        overrides.put("tiekartta.progress.rebuild.builder", "true");
        overrides.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        overrides.put("spring.main.web-application-type", "none");
        // no web server, so no resource server: its filter chain needs the servlet stack's HttpSecurity
        overrides.put("spring.autoconfigure.exclude", "fi.tiekartta.platform.security.ResourceServerSecurityAutoConfiguration");
        overrides.put("spring.jmx.enabled", "false");
        overrides.put("management.endpoint.health.group.readiness.include", "readinessState"); // no rebuild contributor there
        StandardEnvironment replayEnvironment = new StandardEnvironment();
        replayEnvironment.getPropertySources().addFirst(new MapPropertySource("progressRebuild", overrides));
        replayEnvironment.merge(environment);

        SpringApplication application = new SpringApplicationBuilder(ProgressServiceApplication.class)
                .web(WebApplicationType.NONE)
                .environment(replayEnvironment)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .build();
        // the serving context has set up logging already; a second context must not set it up again
        Set<ApplicationListener<?>> listeners = new LinkedHashSet<>(application.getListeners());
        listeners.removeIf(LoggingApplicationListener.class::isInstance);
        application.setListeners(listeners);
        log.info("Starting the replay of every topic into read model generation {} ({})", generation, database);
        ConfigurableApplicationContext context = application.run();
        return new RunningReplay(context);
    }

    private final class RunningReplay implements Running {

        private final ConfigurableApplicationContext context;
        private final Map<String, Set<String>> topicsByGroup = new LinkedHashMap<>();

        RunningReplay(ConfigurableApplicationContext context) {
            this.context = context;
            for (MessageListenerContainer container : context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers()) {
                String[] topics = container.getContainerProperties().getTopics();
                if (container.getGroupId() != null && topics != null) {
                    topicsByGroup.computeIfAbsent(container.getGroupId(), group -> new LinkedHashSet<>()).addAll(List.of(topics));
                }
            }
        }

        @Override
        public List<PartitionProgress> progress() {
            Set<String> topics = topicsByGroup.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                        .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                described.values().forEach(topic -> topic.partitions().forEach(partition ->
                        latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                List<PartitionProgress> progress = new ArrayList<>();
                for (Map.Entry<String, Set<String>> group : topicsByGroup.entrySet()) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                            .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    ends.forEach((partition, end) -> {
                        if (group.getValue().contains(partition.topic())) {
                            OffsetAndMetadata offset = committed.get(partition);
                            progress.add(PartitionProgress.of(group.getKey(), partition.topic(), partition.partition(),
                                    offset == null ? null : offset.offset(), end.offset()));
                        }
                    });
                }
                progress.sort(Comparator.comparing(PartitionProgress::group).thenComparing(PartitionProgress::topic)
                        .thenComparingInt(PartitionProgress::partition));
                return progress;
            } catch (ExecutionException | TimeoutException failed) {
                throw new IllegalStateException("Could not read the replay's offsets: " + failed.getMessage(), failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the replay's offsets", interrupted);
            }
        }

        @Override
        public List<String> failures() {
            return context.isActive() ? context.getBean(ReplayErrorHandling.Failures.class).all() : List.of();
        }

        @Override
        public void close() {
            context.close();
            try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
                admin.deleteConsumerGroups(topicsByGroup.keySet()).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException notDeleted) {
                log.warn("Could not delete the replay's consumer groups {}: {}", topicsByGroup.keySet(), notDeleted.getMessage());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
