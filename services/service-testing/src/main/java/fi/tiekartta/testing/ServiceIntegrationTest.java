package fi.tiekartta.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service's integration test on real infrastructure in-process: a Kafka broker in KRaft mode
 * (spring-kafka-test) and the MongoDB-wire server, with MockMvc for the HTTP API. Tokens are made
 * with spring-security-test's {@code jwt()}; the real Keycloak is covered by the system tests. Consumers retry a
 * failing record with a short backoff, so a test of a record that keeps failing finds it in {@code <topic>.dlt}
 * within seconds ({@link TopicRecords} reads it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "tiekartta.kafka.partitions=1", // one partition: tests can rely on the order of sends
        // a listener that keeps failing is dead-lettered within seconds, not minutes
        "tiekartta.kafka.consumer.retry.initial-interval=100ms",
        "tiekartta.kafka.consumer.retry.max-interval=1s",
        // events name their schema at the same URL whatever the machine's PUBLIC_BASE_URL (TestEvents.dataSchemaOf)
        "tiekartta.events.public-base-url=" + TestEvents.PUBLIC_BASE_URL})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, brokerProperties = "num.partitions=1", bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
public @interface ServiceIntegrationTest {
}
