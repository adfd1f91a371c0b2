package fi.tiekartta.systemtests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A milestone's life through the gateway with real Keycloak tokens, as subscribers see it on Kafka: planned
 * with a forecast that has already passed, announced overdue by milestone-service's scheduled check (the tier
 * runs it every few seconds: {@code MILESTONE_OVERDUE_CHECK_INTERVAL}), then achieved, with every step in its
 * history. A tier runs it as a {@code @Nested} class, on the stack it has already started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MilestoneLifecycleScenario {

    static final String MILESTONES_TOPIC = "tiekartta.milestones.v1";
    static final String PLANNED = "fi.tiekartta.milestone.planned.v1";
    static final String OVERDUE = "fi.tiekartta.milestone.overdue.v1";
    static final String ACHIEVED = "fi.tiekartta.milestone.achieved.v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The check runs every few seconds on this tier; generous for a busy two-core machine. */
    private static final Duration OVERDUE_IN_TIME = Duration.ofMinutes(3);
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    /** The running tier; called only after the enclosing class has started it. */
    protected abstract SystemUnderTest system();

    @Test
    void aMilestoneIsPlannedAnnouncedOverdueOnceAndAchieved() {
        Api api = new Api(system().gatewayUrl());
        Tokens tokens = new Tokens(system().issuer());
        String admin = tokens.forUser("stm-admin");
        String viewer = tokens.forUser("viewer");
        TopicReader topic = new TopicReader(system().kafkaBootstrapServers());
        // A milestone names a programme and a work package that exist: the seeded SHKO and its TP2.
        String programmeId = JSON.readTree(api.get("/api/programmes?code=SHKO", viewer).body()).path("content").get(0)
                .path("id").asString();
        String workPackageId = StreamSupport.stream(JSON.readTree(api.get("/api/work-packages?size=50&programmeId=" + programmeId,
                        viewer).body()).path("content").spliterator(), false)
                .filter(workPackage -> workPackage.path("code").asString().equals("TP2")).findFirst().orElseThrow()
                .path("id").asString();
        String code = "SYSTEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String milestone = """
                {"code":"%s","programmeId":"%s","parent":{"kind":"WORK_PACKAGE","id":"%s"},\
                "title":{"fi":"Sosiaalihuollon tiedonhallinnan linjaukset julkaistu"},\
                "baseline":"syyskuu 2021","status":"ON_TRACK"}""".formatted(code, programmeId, workPackageId);
        String unknownProgramme = milestone.replace(programmeId, "no-such-programme");
        assertThat(api.post("/api/milestones", admin, unknownProgramme).statusCode()).as("a programme that does not exist")
                .isEqualTo(422);

        assertThat(api.post("/api/milestones", viewer, milestone).statusCode()).isEqualTo(403);
        HttpResponse<String> planned = api.post("/api/milestones", admin, milestone);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        assertThat(planned.headers().firstValue("ETag")).hasValue("\"0\"");
        JsonNode created = JSON.readTree(planned.body());
        String id = created.path("id").asString();
        assertThat(created.path("forecast").path("label").path("fi").asString()).isEqualTo("syyskuu 2021");
        assertThat(created.path("forecast").path("value").asString()).as("read from its Finnish form").isEqualTo("2021-09");
        assertThat(created.path("programmeCode").asString()).isEqualTo("SHKO");
        assertThat(created.path("parent").path("code").asString()).isEqualTo("TP2");
        assertThat(created.path("overdue").asBoolean()).isTrue();
        String location = planned.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/milestones/" + id);

        List<ConsumerRecord<String, byte[]>> announced = await("the overdue event of " + id + " on " + MILESTONES_TOPIC)
                .atMost(OVERDUE_IN_TIME).pollInterval(Duration.ofSeconds(2))
                .until(() -> topic.findAllByKey(MILESTONES_TOPIC, id), records -> types(records).contains(OVERDUE));
        assertThat(types(announced)).startsWith(PLANNED, OVERDUE);
        ConsumerRecord<String, byte[]> overdue = announced.get(types(announced).indexOf(OVERDUE));
        assertThat(header(overdue, "ce_subject")).isEqualTo(id);
        assertThat(header(overdue, "ce_aggregateversion")).isEqualTo("1");
        assertThat(JSON.readTree(overdue.value()).path("forecast").path("value").asString()).isEqualTo("2021-09");
        assertThat(JSON.readTree(overdue.value()).path("status").asString()).isEqualTo("ON_TRACK");

        HttpResponse<String> flagged = api.get(location, viewer);
        assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(200);
        assertThat(JSON.readTree(flagged.body()).path("overdueFlaggedFor").asString()).isEqualTo("2021-09");
        HttpResponse<String> overdueList = api.get("/api/milestones?overdue=true&programmeId=" + programmeId + "&code=" + code, viewer);
        assertThat(ids(overdueList)).containsExactly(id);

        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
        String achievement = """
                {"actual":"%s","evidence":[{"url":"https://stm.fi/julkaisut","title":"Linjaukset"}]}""".formatted(today);
        String etag = flagged.headers().firstValue("ETag").orElseThrow();
        assertThat(api.post(location + "/achievement", admin, achievement, "\"0\"").statusCode())
                .as("based on the version before the overdue check").isEqualTo(412);
        HttpResponse<String> achieved = api.post(location + "/achievement", admin, achievement, etag);
        assertThat(achieved.statusCode()).as(achieved.body()).isEqualTo(200);
        assertThat(JSON.readTree(achieved.body()).path("status").asString()).isEqualTo("ACHIEVED");
        assertThat(JSON.readTree(achieved.body()).path("overdue").asBoolean()).isFalse();

        List<ConsumerRecord<String, byte[]>> all = await("the achieved event of " + id)
                .atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1))
                .until(() -> topic.findAllByKey(MILESTONES_TOPIC, id), records -> types(records).contains(ACHIEVED));
        // One milestone's events arrive in the order they were recorded: nothing recorded before it is missing.
        assertThat(types(all)).containsExactly(PLANNED, OVERDUE, ACHIEVED);
        ConsumerRecord<String, byte[]> done = all.get(2);
        assertThat(JSON.readTree(done.value()).path("actual").path("value").asString()).isEqualTo(today);
        assertThat(JSON.readTree(done.value()).path("code").asString()).isEqualTo(code);
        assertThat(JSON.readTree(done.value()).path("previousStatus").asString()).isEqualTo("ON_TRACK");

        HttpResponse<String> history = api.get(location + "/history", viewer);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        JsonNode revisions = JSON.readTree(history.body());
        assertThat(StreamSupport.stream(revisions.spliterator(), false).map(r -> r.path("version").asInt()))
                .containsExactly(0, 1, 2);
        assertThat(StreamSupport.stream(revisions.spliterator(), false).map(r -> r.path("by").asString()))
                .containsExactly("stm-admin", "overdue-check", "stm-admin");
        assertThat(StreamSupport.stream(revisions.get(2).path("changes").spliterator(), false)
                .map(change -> change.path("field").asString())).containsExactly("actual", "status", "evidence");
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> header(record, "ce_type")).toList();
    }

    private static List<String> ids(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(page.body()).path("content").spliterator(), false)
                .map(milestone -> milestone.path("id").asString()).toList();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
