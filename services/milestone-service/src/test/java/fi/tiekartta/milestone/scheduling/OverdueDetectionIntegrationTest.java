package fi.tiekartta.milestone.scheduling;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.milestone.KnownRoadmap;
import fi.tiekartta.milestone.Milestones;
import fi.tiekartta.milestone.MilestoneTopic;
import fi.tiekartta.milestone.WaitingImports;
import fi.tiekartta.milestone.application.MilestoneService;
import fi.tiekartta.milestone.parents.KnownParents;
import fi.tiekartta.platform.aggregate.Revision;
import fi.tiekartta.platform.scheduling.SchedulerLockAutoConfiguration;
import fi.tiekartta.testing.EventSchemaValidator;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.SettableClock;
import fi.tiekartta.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import io.cloudevents.CloudEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static fi.tiekartta.testing.TopicRecords.data;
import static fi.tiekartta.testing.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overdue check on a clock of the test's own, set in the year 2100 so nothing else ever finds these
 * milestones due. The scheduled run is pushed out of the way (one hour) and a database of its own keeps
 * other tests' milestones apart; the test runs the check itself: through the ShedLock-locked bean, and
 * unlocked on two application services at once, as two replicas whose locks failed would.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "tiekartta.milestones.overdue-check-interval=PT1H",
        "spring.mongodb.database=tiekartta-milestones-overdue-test"})
class OverdueDetectionIntegrationTest {

    /** 10.1.2100: autumn 2099 (to 30.11.2099) has ended, spring 2100 has not begun. */
    static final Instant WINTER_2100 = Instant.parse("2100-01-10T10:00:00Z");
    /** 1.6.2100, 00:30 in Helsinki: spring 2100 ended the day before. */
    static final Instant JUNE_2100 = Instant.parse("2100-05-31T21:30:00Z");

    @TestConfiguration
    static class FixedClock {

        @Bean
        SettableClock clock() {
            return new SettableClock(WINTER_2100);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    SettableClock clock;
    @Autowired
    Milestones milestones;
    @Autowired
    KnownParents parents;
    @Autowired
    WaitingImports waiting;
    @Autowired
    MilestoneService service;
    @Autowired
    OverdueCheck scheduledCheck;
    @Autowired
    KafkaTemplate<String, CloudEvent> producer;

    /** A programme known to the service, with its work package TP2; a milestone's references are checked. */
    String programme;

    MilestoneTopic topic;

    @BeforeEach
    void subscribe() {
        clock.set(WINTER_2100);
        topic = new MilestoneTopic(kafka);
        programme = new KnownRoadmap(producer, parents).programme();
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void an_overdue_milestone_is_announced_once_however_many_checks_run_and_then_achieved() throws Exception {
        String id = plan("2099-autumn");

        runTwoReplicasAtOnce();
        runTwoReplicasAtOnce();
        scheduledCheck.run();
        scheduledCheck.run();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(OverdueCheck.LOCK)), SchedulerLockAutoConfiguration.LOCK_COLLECTION))
                .as("the scheduled check ran under ShedLock's lock").isTrue();

        mvc.perform(get("/api/milestones/" + id).with(Tokens.viewer()))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.overdueFlaggedFor").value("2099-autumn"))
                .andExpect(jsonPath("$.status").value("PLANNED"));
        assertThat(milestones.history(id)).extracting(Revision::by).containsExactly("stm-admin", OverdueCheck.ACTOR);

        mvc.perform(post("/api/milestones/" + id + "/achievement").with(Tokens.admin()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"actual\":\"2100-01-05\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(false));
        runTwoReplicasAtOnce();

        // The achieved event was recorded after every overdue event, and one milestone's events arrive in order.
        ConsumerRecord<String, byte[]> achieved = topic.awaitOne(id, MilestoneEvents.ACHIEVED.type());
        EventSchemaValidator.assertValid(MilestoneEvents.ACHIEVED, data(achieved));
        List<ConsumerRecord<String, byte[]>> overdue = topic.records(id, MilestoneEvents.OVERDUE.type());
        assertThat(overdue).hasSize(1);
        EventSchemaValidator.assertValid(MilestoneEvents.OVERDUE, data(overdue.get(0)));
        assertThat(header(overdue.get(0), "ce_aggregateversion")).isEqualTo("1");
        assertThat(JsonPath.<String>read(data(overdue.get(0)), "$.forecast.value")).isEqualTo("2099-autumn");
        assertThat(JsonPath.<String>read(data(overdue.get(0)), "$.detectedOn")).isEqualTo("2100-01-10");
        assertThat(header(achieved, "ce_aggregateversion")).isEqualTo("2");
    }

    @Test
    void a_forecast_moved_later_becomes_overdue_again_when_it_passes() throws Exception {
        String id = plan("2099-autumn");
        runTwoReplicasAtOnce();

        mvc.perform(put("/api/milestones/" + id).with(Tokens.admin()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(milestoneJson("2099-autumn", "2100-spring")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(false));
        runTwoReplicasAtOnce();
        assertThat(topic.awaitCount(id, MilestoneEvents.REVISED.type(), 1)).hasSize(1);
        assertThat(topic.records(id, MilestoneEvents.OVERDUE.type())).as("not due again before spring 2100 ends").hasSize(1);

        clock.set(JUNE_2100);
        runTwoReplicasAtOnce();
        runTwoReplicasAtOnce();
        mvc.perform(put("/api/milestones/" + id).with(Tokens.admin()).header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON).content(milestoneJson("2099-autumn", "2100-spring")
                                .replace("\"PLANNED\"", "\"CANCELLED\"")))
                .andExpect(status().isOk());

        topic.awaitOne(id, MilestoneEvents.CANCELLED.type());
        List<ConsumerRecord<String, byte[]>> overdue = topic.records(id, MilestoneEvents.OVERDUE.type());
        assertThat(overdue).extracting(record -> JsonPath.<String>read(data(record), "$.forecast.value"))
                .containsExactly("2099-autumn", "2100-spring");
        assertThat(overdue).extracting(record -> header(record, "ce_aggregateversion")).containsExactly("1", "3");
        overdue.forEach(record -> EventSchemaValidator.assertValid(MilestoneEvents.OVERDUE, data(record)));
    }

    /** The detection of two replicas started at the same moment, neither holding a lock. */
    private void runTwoReplicasAtOnce() throws Exception {
        MilestoneService otherReplica = new MilestoneService(milestones, parents, waiting, clock);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> afterBarrier(start, service), replicas);
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> afterBarrier(start, otherReplica), replicas);
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            replicas.shutdownNow();
        }
    }

    private static int afterBarrier(CyclicBarrier start, MilestoneService replica) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return replica.flagOverdue(OverdueCheck.ACTOR);
    }

    private String plan(String baseline) throws Exception {
        String body = mvc.perform(post("/api/milestones").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(milestoneJson(baseline, baseline)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String milestoneJson(String baseline, String forecast) {
        return """
                {"programmeId":"%s","parent":{"kind":"MEASURE","id":"%s/tp2-3"},"title":{"fi":"Kehittämisverkosto koottu"},\
                "baseline":"%s","forecast":"%s","status":"PLANNED"}""".formatted(programme, programme, baseline, forecast);
    }
}
