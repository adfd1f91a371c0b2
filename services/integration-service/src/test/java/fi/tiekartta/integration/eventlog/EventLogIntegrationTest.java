package fi.tiekartta.integration.eventlog;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.integration.SampleEvents;
import fi.tiekartta.integration.eventlog.scheduling.EventLogRetention;
import fi.tiekartta.platform.scheduling.SchedulerLockAutoConfiguration;
import fi.tiekartta.platform.messaging.DeadLetterTopics;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import fi.tiekartta.testing.TopicRecords;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From the public topics into the log: every public event once, in the order consumed, at increasing positions;
 * internal events skipped; an event that violates its schema dead-lettered, not logged.
 */
@ServiceIntegrationTest
class EventLogIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    EventLogRetention retention;
    @Autowired
    MongoTemplate mongo;

    private final String programmeId = UUID.randomUUID().toString();
    private final String programme = "LOG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void every_public_event_is_logged_once_in_the_order_consumed() throws Exception {
        CloudEvent planned = SampleEvents.milestonePlanned(programmeId, programme);
        CloudEvent returned = SampleEvents.reportReturned(programmeId, programme, "09");
        CloudEvent opened = SampleEvents.roundOpened(programmeId, programme, List.of("09", "17"));
        CloudEvent created = SampleEvents.programmeCreated(programmeId, programme);

        send(Topics.PROGRAMMES, created);
        send(Topics.PROGRAMMES, SampleEvents.importAccepted()); // internal: never logged
        send(Topics.MILESTONES, planned);
        send(Topics.REGIONAL_REPORTING, returned);
        send(Topics.MILESTONES, planned); // redelivered: logged once
        send(Topics.REGIONAL_REPORTING, opened);
        send(Topics.PROGRAMMES, created); // again

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(page())).containsExactlyInAnyOrder(created.getId(), planned.getId(), returned.getId(), opened.getId()));
        String page = page();
        List<Number> positions = JsonPath.read(page, "$.items[*].position");
        assertThat(positions).extracting(Number::longValue).isSorted().doesNotHaveDuplicates();
        // one partition per topic: within a topic the log keeps the order of the sends
        assertThat(ids(page).indexOf(returned.getId())).isLessThan(ids(page).indexOf(opened.getId()));
        assertThat(JsonPath.<List<String>>read(page, "$.items[*].event.type")).doesNotContain("fi.tiekartta.roadmap.import-accepted.v1");
    }

    @Test
    void a_public_event_against_its_schema_is_dead_lettered_not_logged() throws Exception {
        CloudEvent invalid = TestEvents.unchecked(MilestoneEvents.PLANNED, "milestone-" + UUID.randomUUID(), 1, Instant.now(),
                "{\"milestoneId\":3,\"programmeCode\":\"" + programme + "\"}");
        CloudEvent valid = SampleEvents.milestonePlanned(programmeId, programme);

        try (TopicRecords deadLetters = new TopicRecords(broker, DeadLetterTopics.of(Topics.MILESTONES))) {
            send(Topics.MILESTONES, invalid);
            send(Topics.MILESTONES, valid);
            deadLetters.awaitRecord(invalid.getSubject(), MilestoneEvents.PLANNED.type());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids(page())).containsExactly(valid.getId()));
    }

    @Test
    void retention_runs_under_its_scheduler_lock_and_keeps_what_is_young() throws Exception {
        CloudEvent planned = SampleEvents.milestonePlanned(programmeId, programme);
        send(Topics.MILESTONES, planned);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids(page())).containsExactly(planned.getId()));

        retention.run();

        assertThat(AopUtils.isAopProxy(retention)).as("@SchedulerLock is applied").isTrue();
        assertThat(mongo.findById(EventLogRetention.LOCK, Document.class, SchedulerLockAutoConfiguration.LOCK_COLLECTION))
                .isNotNull();
        assertThat(ids(page())).containsExactly(planned.getId());
    }

    private String page() throws Exception {
        return mvc.perform(get("/api/events").param("programme", programme).param("limit", "500").with(Tokens.viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> ids(String page) {
        return JsonPath.read(page, "$.items[*].event.id");
    }

    private void send(String topic, CloudEvent event) {
        kafka.send(new ProducerRecord<>(topic, event.getSubject(), event)).join();
    }
}
