package fi.tiekartta.milestone;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.EventContract;
import fi.tiekartta.contracts.milestone.MilestoneEvents;
import fi.tiekartta.testing.EventSchemaValidator;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import fi.tiekartta.milestone.parents.KnownParents;
import io.cloudevents.CloudEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static fi.tiekartta.testing.TopicRecords.data;
import static fi.tiekartta.testing.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The milestones API on the embedded broker and MongoDB-wire server. Milestones that get revised are due in
 * the future, so the overdue check running in the background never changes their version under a test.
 */
@ServiceIntegrationTest
class MilestoneApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmbeddedKafkaBroker kafka;
    @Autowired
    KafkaTemplate<String, CloudEvent> producer;
    @Autowired
    KnownParents knownParents;

    MilestoneTopic topic;
    KnownRoadmap roadmap;

    @BeforeEach
    void subscribe() {
        topic = new MilestoneTopic(kafka);
        roadmap = new KnownRoadmap(producer, knownParents);
    }

    @AfterEach
    void close() {
        topic.close();
    }

    @Test
    void an_admin_plans_a_milestone_and_its_planned_event_leaves_as_a_cloudevent() throws Exception {
        String programme = uniqueProgramme();
        String location = mvc.perform(write(post("/api/milestones"), Tokens.admin(), milestoneJson(programme, "2030-spring", "2030-autumn")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/milestones/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.programmeId").value(programme))
                .andExpect(jsonPath("$.programmeCode").value(KnownRoadmap.codeOf(programme)))
                .andExpect(jsonPath("$.code").value("TIETO-01"))
                .andExpect(jsonPath("$.parent.kind").value("WORK_PACKAGE"))
                .andExpect(jsonPath("$.parent.id").value(programme + "/tp2"))
                .andExpect(jsonPath("$.parent.code").value("TP2"))
                .andExpect(jsonPath("$.parent.workPackageCode").value("TP2"))
                .andExpect(jsonPath("$.title.fi").value("Tiedonhallinnan linjaukset julkaistu"))
                .andExpect(jsonPath("$.title.original").value("fi"))
                .andExpect(jsonPath("$.baseline.value").value("2030-spring"))
                .andExpect(jsonPath("$.baseline.label.fi").value("kevät 2030"))
                .andExpect(jsonPath("$.baseline.label.sv").value("våren 2030"))
                .andExpect(jsonPath("$.baseline.label.en").value("spring 2030"))
                .andExpect(jsonPath("$.baseline.start").value("2030-03-01"))
                .andExpect(jsonPath("$.baseline.end").value("2030-05-31"))
                .andExpect(jsonPath("$.baseline.precision").value("SEASON"))
                .andExpect(jsonPath("$.forecast.label.fi").value("syksy 2030"))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.evidence[0].url").value("https://stm.fi/linjaukset"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.createdBy").value("stm-admin"))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        ConsumerRecord<String, byte[]> planned = topic.awaitOne(id, MilestoneEvents.PLANNED.type());
        assertThat(header(planned, "ce_source")).isEqualTo("/tiekartta/milestone-service");
        assertThat(header(planned, "ce_subject")).isEqualTo(id);
        assertThat(header(planned, "ce_aggregateversion")).isEqualTo("0");
        assertThat(header(planned, "ce_dataschema"))
                .isEqualTo("http://localhost:8080/events/schemas/fi.tiekartta.milestone.planned.v1.schema.json");
        assertValid(MilestoneEvents.PLANNED, planned);
        assertThat(JsonPath.<String>read(data(planned), "$.forecast.label.fi")).isEqualTo("syksy 2030");
        assertThat(JsonPath.<String>read(data(planned), "$.code")).isEqualTo("TIETO-01");
        assertThat(JsonPath.<String>read(data(planned), "$.programmeCode")).isEqualTo(KnownRoadmap.codeOf(programme));
        assertThat(JsonPath.<String>read(data(planned), "$.parent.code")).isEqualTo("TP2");

        mvc.perform(get(location).with(Tokens.user("reporter", "region-reporter")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void a_revision_needs_the_current_etag_and_every_revision_is_kept() throws Exception {
        String id = plan(milestoneJson(uniqueProgramme(), "2030-spring", null));
        String revised = milestoneJson(programmeOf(id), "2030-spring", "2031-spring").replace("\"PLANNED\"", "\"AT_RISK\"");
        Instant beforeRevision = Instant.now();

        mvc.perform(write(put("/api/milestones/" + id), Tokens.admin(), revised))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(write(put("/api/milestones/" + id), Tokens.viewer(), revised).header("If-Match", "\"0\""))
                .andExpect(status().isForbidden());
        mvc.perform(write(put("/api/milestones/" + id), Tokens.user("another-admin", "programme-admin"), revised).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("AT_RISK"))
                .andExpect(jsonPath("$.forecast.value").value("2031-spring"))
                .andExpect(jsonPath("$.lastChangedBy").value("another-admin"));
        mvc.perform(write(put("/api/milestones/" + id), Tokens.admin(), revised).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(write(put("/api/milestones/" + id), Tokens.admin(), revised).header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));

        mvc.perform(get("/api/milestones/" + id + "/history").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version", contains(0, 1)))
                .andExpect(jsonPath("$[1].by").value("another-admin"))
                .andExpect(jsonPath("$[1].changes[*].field", contains("forecast", "status")));
        mvc.perform(get("/api/milestones/" + id + "?asOf=" + beforeRevision).with(Tokens.viewer()))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.forecast.value").value("2030-spring"));
        mvc.perform(get("/api/milestones/" + id + "?asOf=2000-01-01T00:00:00Z").with(Tokens.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/milestones/" + id + "?asOf=yesterday").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());

        ConsumerRecord<String, byte[]> event = topic.awaitOne(id, MilestoneEvents.REVISED.type());
        assertValid(MilestoneEvents.REVISED, event);
        assertThat(header(event, "ce_aggregateversion")).isEqualTo("1");
        assertThat(JsonPath.<String>read(data(event), "$.previousStatus")).isEqualTo("PLANNED");
        assertThat(JsonPath.<String>read(data(event), "$.previousForecast.value")).isEqualTo("2030-spring");
        assertThat(JsonPath.<String>read(data(event), "$.revisedBy")).isEqualTo("another-admin");
    }

    @Test
    void an_achievement_is_its_own_command_and_final() throws Exception {
        String id = plan(milestoneJson(uniqueProgramme(), "2030-spring", null));
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
        String achievement = """
                {"actual":"%s","evidence":[{"url":"https://stm.fi/linjaukset","title":"again"},{"url":"https://thl.fi/raportti"}]}"""
                .formatted(today);

        mvc.perform(write(post("/api/milestones/" + id + "/achievement"), Tokens.admin(), achievement))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(write(post("/api/milestones/" + id + "/achievement"), Tokens.viewer(), achievement).header("If-Match", "\"0\""))
                .andExpect(status().isForbidden());
        mvc.perform(write(post("/api/milestones/" + id + "/achievement"), Tokens.admin(), "{\"evidence\":[]}").header("If-Match", "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("actual")));
        mvc.perform(write(post("/api/milestones/" + id + "/achievement"), Tokens.admin(), achievement).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("ACHIEVED"))
                .andExpect(jsonPath("$.actual.value").value(today))
                .andExpect(jsonPath("$.actual.precision").value("DAY"))
                .andExpect(jsonPath("$.evidence[*].url", contains("https://stm.fi/linjaukset", "https://thl.fi/raportti")));

        mvc.perform(get("/api/milestones/" + id + "/history").with(Tokens.viewer()))
                .andExpect(jsonPath("$[1].changes[*].field", contains("actual", "status", "evidence")));
        mvc.perform(write(post("/api/milestones/" + id + "/achievement"), Tokens.admin(), achievement).header("If-Match", "\"1\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Only an open milestone")));
        mvc.perform(write(put("/api/milestones/" + id), Tokens.admin(), milestoneJson(programmeOf(id), "2030-spring", null))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("achieved milestone cannot become planned")));

        ConsumerRecord<String, byte[]> achieved = topic.awaitOne(id, MilestoneEvents.ACHIEVED.type());
        assertValid(MilestoneEvents.ACHIEVED, achieved);
        assertThat(JsonPath.<String>read(data(achieved), "$.actual.value")).isEqualTo(today);
        assertThat(JsonPath.<String>read(data(achieved), "$.previousStatus")).isEqualTo("PLANNED");
    }

    @Test
    void missing_and_cancelling_have_events_of_their_own() throws Exception {
        for (EventContract<?> contract : new EventContract<?>[] {MilestoneEvents.MISSED, MilestoneEvents.CANCELLED}) {
            String status = contract == MilestoneEvents.MISSED ? "MISSED" : "CANCELLED";
            String id = plan(milestoneJson(uniqueProgramme(), "2030-spring", null));
            mvc.perform(write(put("/api/milestones/" + id), Tokens.admin(),
                            milestoneJson(programmeOf(id), "2030-spring", null).replace("\"PLANNED\"", "\"" + status + "\""))
                            .header("If-Match", "\"0\""))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value(status));
            assertValid(contract, topic.awaitOne(id, contract.type()));
        }
    }

    @Test
    void milestones_are_listed_by_forecast_and_filtered() throws Exception {
        String programme = uniqueProgramme();
        String overdue = plan(milestoneJson(programme, "2021-09", null));
        String onTrack = plan(milestoneJson(programme, "2030-spring", null).replace("\"PLANNED\"", "\"ON_TRACK\"")
                .replace("\"WORK_PACKAGE\",\"id\":\"" + programme + "/tp2\"", "\"MEASURE\",\"id\":\"" + programme + "/tp2-3\"")
                .replace("TIETO-01", "TIETO-02"));
        String achieved = plan(milestoneJson(programme, "2022", null).replace("\"PLANNED\"", "\"ACHIEVED\",\"actual\":\"2022-12\"")
                .replace("TIETO-01", "TIETO-03"));
        String base = "/api/milestones?size=200&programmeId=" + programme;

        mvc.perform(get(base).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", contains(overdue, achieved, onTrack)))
                .andExpect(jsonPath("$.content[0].overdue").value(true))
                .andExpect(jsonPath("$.content[1].overdue").value(false))
                .andExpect(jsonPath("$.page.totalElements").value(3));
        mvc.perform(get(base + "&parentId=" + programme + "/tp2").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(overdue, achieved)));
        mvc.perform(get("/api/milestones?programmeCode=" + KnownRoadmap.codeOf(programme) + "&parentCode=TP2.3").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(onTrack)));
        mvc.perform(get("/api/milestones?programmeId=" + programme + "&code=TIETO-03").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(achieved)));
        mvc.perform(get(base + "&programme=SHKO").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("programme")));
        mvc.perform(get(base + "&status=ON_TRACK").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(onTrack)));
        mvc.perform(get(base + "&status=ACHIEVED,PLANNED").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(overdue, achieved)));
        mvc.perform(get(base + "&overdue=true").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(overdue)));
        mvc.perform(get(base + "&overdue=false").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(achieved, onTrack)));
        mvc.perform(get(base + "&forecastBefore=2023-01-01").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(overdue, achieved)));
        mvc.perform(get(base + "&forecastAfter=2022-12-31").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(onTrack)));
        mvc.perform(get(base + "&forecastAfter=2021-09-30&forecastBefore=2023-01-01").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(achieved)));
        mvc.perform(get("/api/milestones?size=2&page=1&programmeId=" + programme).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(onTrack)))
                .andExpect(jsonPath("$.page.totalElements").value(3));

        mvc.perform(get(base + "&status=REACHED").with(Tokens.viewer())).andExpect(status().isBadRequest());
        mvc.perform(get(base + "&forecastBefore=31.12.2023").with(Tokens.viewer())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/milestones?size=500").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void a_milestone_recorded_as_achieved_is_published_as_planned_with_its_status() throws Exception {
        String id = plan(milestoneJson(uniqueProgramme(), "2022", null).replace("\"PLANNED\"", "\"ACHIEVED\",\"actual\":\"huhtikuu 2022\""));
        ConsumerRecord<String, byte[]> planned = topic.awaitOne(id, MilestoneEvents.PLANNED.type());
        assertValid(MilestoneEvents.PLANNED, planned);
        assertThat(JsonPath.<String>read(data(planned), "$.status")).isEqualTo("ACHIEVED");
        assertThat(JsonPath.<String>read(data(planned), "$.actual.value")).isEqualTo("2022-04");
        assertThat(JsonPath.<String>read(data(planned), "$.actual.precision")).isEqualTo("MONTH");
        assertThat(JsonPath.<String>read(data(planned), "$.actual.label.en")).isEqualTo("April 2022");
    }

    @Test
    void a_viewer_may_not_plan_milestones_and_nothing_is_stored() throws Exception {
        String programme = uniqueProgramme();
        mvc.perform(write(post("/api/milestones"), Tokens.viewer(), milestoneJson(programme, "2030-spring", null)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(mongo.exists(Query.query(Criteria.where("state.programmeId").is(programme)), "milestones")).isFalse();
    }

    @Test
    void without_a_token_the_answer_is_401_problem_with_a_bearer_challenge() throws Exception {
        mvc.perform(get("/api/milestones"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void invalid_fields_are_all_named_in_one_problem() throws Exception {
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), """
                        {"programmeId":"","parent":{"kind":"MEASURE"},"title":{"fi":""},"baseline":"pian",
                         "forecast":"2023-Q5","evidence":[{"url":"stm.fi"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("programmeId", "parent.id", "title.writtenInOriginal",
                        "baseline", "forecast", "evidence[0].url")));
    }

    @Test
    void unknown_fields_and_unknown_kinds_are_rejected_by_name() throws Exception {
        String programme = uniqueProgramme();
        mvc.perform(write(post("/api/milestones"), Tokens.admin(),
                        milestoneJson(programme, "2030-spring", null).replace("\"baseline\"", "\"budget\":1,\"baseline\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("budget")));
        mvc.perform(write(post("/api/milestones"), Tokens.admin(),
                        milestoneJson(programme, "2030-spring", null).replace("WORK_PACKAGE", "PROJECT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parent.kind"));
        assertThat(mongo.exists(Query.query(Criteria.where("state.programmeId").is(programme)), "milestones")).isFalse();
    }

    @Test
    void broken_rules_are_422_problems_that_say_which_rule() throws Exception {
        String programme = uniqueProgramme();
        expectRuleViolation(milestoneJson(programme, "2030-spring", "2029"), "ends before the baseline");
        expectRuleViolation(milestoneJson(programme, "2030-spring", null).replace("\"PLANNED\"", "\"ACHIEVED\""), "needs when it was achieved");
        expectRuleViolation(milestoneJson(programme, "2030-spring", null).replace("\"PLANNED\"", "\"ON_TRACK\",\"actual\":\"2022-01-01\""),
                "Only an achieved milestone has an actual period");
        expectRuleViolation(milestoneJson(programme, "2030-spring", null).replace("\"PLANNED\"", "\"ACHIEVED\",\"actual\":\"2099\""),
                "begins after today");
        expectRuleViolation(milestoneJson(programme, "2030-spring", null).replace("\"PLANNED\"", "\"NOT_RECORDED\""),
                "has not ended yet");
        assertThat(mongo.exists(Query.query(Criteria.where("state.programmeId").is(programme)), "milestones")).isFalse();

        String id = plan(milestoneJson(programme, "2030-spring", null));
        mvc.perform(write(put("/api/milestones/" + id), Tokens.admin(),
                        milestoneJson(programme, "2030-spring", null).replace("/tp2\"", "/tp3\"")).header("If-Match", "\"0\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("stays with its programme")));
    }

    @Test
    void a_milestone_names_a_programme_and_a_parent_of_it_that_are_known_else_422_and_nothing_is_stored() throws Exception {
        String programme = uniqueProgramme();
        String other = uniqueProgramme();
        String valid = milestoneJson(programme, "2030-spring", null);
        for (String unknownProgramme : new String[] {"no-such-programme", "<script>alert(1)</script>"}) {
            mvc.perform(write(post("/api/milestones"), Tokens.admin(), valid.replace("\"programmeId\":\"" + programme + "\"",
                            "\"programmeId\":\"" + unknownProgramme + "\"")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("programmeId"))
                    .andExpect(jsonPath("$.detail", containsString("No programme")));
        }
        // a text with a control character is not even a name to look up (issue 12: input hygiene)
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), valid.replace("\"programmeId\":\"" + programme + "\"",
                        "\"programmeId\":\"a\\u0000b\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeId"));
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), valid.replace(programme + "/tp2", "no-such-work-package")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parent.id"));
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), valid.replace(programme + "/tp2", other + "/tp2")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("in programme " + KnownRoadmap.codeOf(programme))));
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), valid.replace("\"WORK_PACKAGE\",\"id\":\"" + programme + "/tp2\"",
                        "\"MEASURE\",\"id\":\"" + other + "/tp2-3\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("not a measure of programme")));
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), valid.replace("\"WORK_PACKAGE\",\"id\":\"" + programme + "/tp2\"",
                        "\"MEASURE\",\"id\":\"" + programme + "/tp2\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("No measure")));
        assertThat(mongo.exists(Query.query(Criteria.where("state.programmeId").is(programme)), "milestones")).isFalse();
        assertThat(mongo.exists(Query.query(Criteria.where("state.programmeId").is("no-such-programme")), "milestones")).isFalse();
    }

    @Test
    void a_code_is_the_programmes_own_and_a_milestone_keeps_it() throws Exception {
        String programme = uniqueProgramme();
        String id = plan(milestoneJson(programme, "2030-spring", null));
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), milestoneJson(programme, "2031", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("TIETO-01")));
        mvc.perform(write(put("/api/milestones/" + id), Tokens.admin(), milestoneJson(programme, "2030-spring", null)
                        .replace("TIETO-01", "TIETO-99")).header("If-Match", "\"0\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("keeps its code")));
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), milestoneJson(programme, "2031", null).replace("TIETO-01", "tieto 1")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void completion_not_recorded_is_not_overdue_and_a_user_resolves_it() throws Exception {
        String programme = uniqueProgramme();
        String unrecorded = plan(milestoneJson(programme, "2021-spring/2021-summer", null).replace("\"PLANNED\"", "\"NOT_RECORDED\""));
        String late = plan(milestoneJson(programme, "2021-spring/2021-summer", null).replace("TIETO-01", "TIETO-02"));
        String replanned = plan(milestoneJson(programme, "2022", null).replace("\"PLANNED\"", "\"NOT_RECORDED\"")
                .replace("TIETO-01", "TIETO-03"));
        String base = "/api/milestones?size=200&programmeId=" + programme;

        mvc.perform(get("/api/milestones/" + unrecorded).with(Tokens.viewer()))
                .andExpect(jsonPath("$.status").value("NOT_RECORDED"))
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(get(base + "&overdue=true").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(late)));
        mvc.perform(get(base + "&status=NOT_RECORDED").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(unrecorded, replanned)));

        mvc.perform(write(put("/api/milestones/" + unrecorded), Tokens.admin(), milestoneJson(programme, "2021-spring/2021-summer", null)
                        .replace("\"PLANNED\"", "\"ACHIEVED\",\"actual\":\"2021-06\"")).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACHIEVED"))
                .andExpect(jsonPath("$.actual.label.fi").value("kesäkuu 2021"));
        ConsumerRecord<String, byte[]> achieved = topic.awaitOne(unrecorded, MilestoneEvents.ACHIEVED.type());
        assertValid(MilestoneEvents.ACHIEVED, achieved);
        assertThat(JsonPath.<String>read(data(achieved), "$.previousStatus")).isEqualTo("NOT_RECORDED");

        mvc.perform(write(put("/api/milestones/" + replanned), Tokens.admin(), milestoneJson(programme, "2022", "2030-autumn")
                        .replace("TIETO-01", "TIETO-03")).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(write(put("/api/milestones/" + replanned), Tokens.admin(), milestoneJson(programme, "2022", "2030-autumn")
                        .replace("TIETO-01", "TIETO-03").replace("\"PLANNED\"", "\"NOT_RECORDED\"")).header("If-Match", "\"1\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void a_basis_is_kept_and_returned_and_its_rules_are_422() throws Exception {
        String programme = uniqueProgramme();
        String withBasis = milestoneJson(programme, "2030-spring", null).replace("\"status\"",
                "\"basis\":{\"kind\":\"INFERENCE\",\"source\":\"[001] slide 'Sosiaalihuollon kehittämisohjelman työprosessi'\","
                        + "\"note\":{\"fi\":\"Päätelty sarakkeesta\",\"original\":\"fi\"}},\"status\"");
        String id = plan(withBasis);
        mvc.perform(get("/api/milestones/" + id).with(Tokens.viewer()))
                .andExpect(jsonPath("$.basis.kind").value("INFERENCE"))
                .andExpect(jsonPath("$.basis.source", containsString("[001]")))
                .andExpect(jsonPath("$.basis.note.fi").value("Päätelty sarakkeesta"));
        assertThat(JsonPath.<String>read(data(topic.awaitOne(id, MilestoneEvents.PLANNED.type())), "$.basis.kind")).isEqualTo("INFERENCE");
        expectRuleViolation(milestoneJson(programme, "2031", null).replace("TIETO-01", "TIETO-02").replace("\"status\"",
                "\"basis\":{\"kind\":\"INFERENCE\",\"source\":\"[001]\"},\"status\""), "says in a note");
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), milestoneJson(programme, "2031", null).replace("\"status\"",
                        "\"basis\":{\"kind\":\"GUESS\"},\"status\"")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_milestone_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/milestones/no-such-id").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/milestones/no-such-id/history").with(Tokens.viewer())).andExpect(status().isNotFound());
    }

    private void expectRuleViolation(String json, String detail) throws Exception {
        mvc.perform(write(post("/api/milestones"), Tokens.admin(), json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    private String plan(String json) throws Exception {
        String body = mvc.perform(write(post("/api/milestones"), Tokens.admin(), json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String programmeOf(String id) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/milestones/" + id).with(Tokens.viewer())).andReturn().getResponse()
                .getContentAsString(), "$.programmeId");
    }

    private static MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request, RequestPostProcessor token, String json) {
        return request.with(token).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static void assertValid(EventContract<?> contract, ConsumerRecord<String, byte[]> record) {
        EventSchemaValidator.assertValid(contract, data(record));
    }

    /** A new programme with TP2, TP3 and TP2.3, known to the service (see {@link KnownRoadmap}). */
    String uniqueProgramme() {
        return roadmap.programme();
    }

    static String milestoneJson(String programmeId, String baseline, String forecast) {
        return """
                {"code":"TIETO-01","programmeId":"%s","parent":{"kind":"WORK_PACKAGE","id":"%s/tp2"},\
                "title":{"fi":"Tiedonhallinnan linjaukset julkaistu","en":"Information management guidelines published","original":"fi"},\
                "baseline":"%s",%s"status":"PLANNED","evidence":[{"url":"https://stm.fi/linjaukset","title":"Linjaukset"}]}"""
                .formatted(programmeId, programmeId, baseline, forecast == null ? "" : "\"forecast\":\"" + forecast + "\",");
    }
}
