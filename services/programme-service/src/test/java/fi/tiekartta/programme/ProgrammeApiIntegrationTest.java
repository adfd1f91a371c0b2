package fi.tiekartta.programme;

import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.testing.EventSchemaValidator;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import fi.tiekartta.testing.TopicRecords;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class ProgrammeApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmbeddedKafkaBroker kafka;

    Consumer<String, byte[]> consumer;

    @BeforeEach
    void subscribe() {
        Map<String, Object> props = new HashMap<>(KafkaTestUtils.consumerProps(kafka, "test-" + UUID.randomUUID(), false));
        props.put("auto.offset.reset", "earliest");
        consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer()).createConsumer();
        consumer.subscribe(List.of(Topics.PROGRAMMES));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void an_admin_defines_a_programme_and_its_created_event_leaves_through_the_outbox_as_a_cloudevent() throws Exception {
        String code = uniqueCode();
        MvcResult result = mvc.perform(post("/api/programmes").with(Tokens.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(programmeJson(code)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/programmes/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.names.fi").value("Sosiaalihuollon kehittämisohjelma"))
                .andExpect(jsonPath("$.goals[0].code").value("I"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.createdBy").value("stm-admin"))
                .andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");

        ConsumerRecord<String, byte[]> record = awaitRecordFor(id);
        assertThat(headerOf(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(headerOf(record, "ce_type")).isEqualTo("fi.tiekartta.programme.created.v1");
        assertThat(headerOf(record, "ce_source")).isEqualTo("/tiekartta/programme-service");
        assertThat(headerOf(record, "ce_subject")).isEqualTo(id);
        assertThat(headerOf(record, "ce_id")).isNotBlank();
        assertThat(headerOf(record, "ce_time")).isNotBlank();
        assertThat(headerOf(record, "ce_aggregateversion")).isEqualTo("0");
        assertThat(headerOf(record, "ce_dataschema"))
                .isEqualTo("http://localhost:8080/events/schemas/fi.tiekartta.programme.created.v1.schema.json");
        assertThat(headerOf(record, "content-type")).isEqualTo("application/json");
        String data = new String(record.value(), StandardCharsets.UTF_8);
        EventSchemaValidator.assertValid(ProgrammeEvents.CREATED, data);
        assertThat(data).contains("\"code\":\"" + code + "\"");

        await().untilAsserted(() -> assertThat(pendingEventsOf(id)).as("published events leave the document").isEmpty());
    }

    @Test
    void a_stored_programme_is_read_back_with_its_version_as_etag_and_listed() throws Exception {
        String code = uniqueCode();
        String created = mvc.perform(post("/api/programmes").with(Tokens.admin())
                .contentType(MediaType.APPLICATION_JSON).content(programmeJson(code)))
                .andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");

        mvc.perform(get("/api/programmes/" + id).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.createdAt").value((String) com.jayway.jsonpath.JsonPath.read(created, "$.createdAt")));
        mvc.perform(get("/api/programmes?size=200").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].code", hasItem(code)))
                .andExpect(jsonPath("$.page.size").value(200));
        mvc.perform(get("/api/programmes?size=200&term=2023-2027&status=ACTIVE&level=NATIONAL&owner=STM").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].code", hasItem(code)));
        mvc.perform(get("/api/programmes?size=200&term=2019-2023").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].code", org.hamcrest.Matchers.not(hasItem(code))));
        mvc.perform(get("/api/programmes?status=FINISHED").with(Tokens.viewer())).andExpect(status().isBadRequest());
    }

    @Test
    void a_programme_is_found_by_its_code_and_an_unknown_filter_is_refused() throws Exception {
        String code = uniqueCode();
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(programmeJson(code)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(programmeJson(uniqueCode()))).andExpect(status().isCreated());

        mvc.perform(get("/api/programmes?code=" + code).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].code").value(org.hamcrest.Matchers.contains(code)))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/programmes?cod=" + code).with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("[cod]")));
    }

    @Test
    void a_viewer_may_not_define_programmes_and_nothing_is_stored() throws Exception {
        String code = uniqueCode();
        mvc.perform(post("/api/programmes").with(Tokens.viewer())
                        .contentType(MediaType.APPLICATION_JSON).content(programmeJson(code)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(mongo.exists(Query.query(Criteria.where("state.code").is(code)), "programmes")).isFalse();
    }

    @Test
    void without_a_token_the_answer_is_401_problem_with_a_bearer_challenge() throws Exception {
        mvc.perform(get("/api/programmes"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void invalid_fields_are_all_named_in_one_problem() throws Exception {
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"bad code\",\"names\":{\"fi\":\"\"},\"level\":\"NATIONAL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("names.writtenInOriginal")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("ownerOrganisation")));
    }

    @Test
    void unknown_fields_and_unknown_levels_are_rejected_by_name() throws Exception {
        String code = uniqueCode();
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(programmeJson(code).replace("\"level\"", "\"budget\":1,\"level\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("budget")));
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(programmeJson(code).replace("NATIONAL", "GALACTIC")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        assertThat(mongo.exists(Query.query(Criteria.where("state.code").is(code)), "programmes")).isFalse();
    }

    @Test
    void a_code_can_be_taken_only_once() throws Exception {
        String code = uniqueCode();
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(programmeJson(code)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(programmeJson(code)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(code)));
        assertThat(mongo.count(Query.query(Criteria.where("state.code").is(code)), "programmes")).isEqualTo(1);
    }

    @Test
    void an_admin_revises_a_programme_with_the_current_etag_and_every_revision_is_kept() throws Exception {
        String code = uniqueCode();
        String id = JsonPath.read(mvc.perform(post("/api/programmes").with(Tokens.admin())
                .contentType(MediaType.APPLICATION_JSON).content(programmeJson(code))).andReturn().getResponse().getContentAsString(), "$.id");
        Instant beforeRevision = Instant.now();
        String completed = programmeJson(code).replace("\"ACTIVE\"", "\"COMPLETED\"").replace("2023-2027\"]", "2019-2023\",\"2023-2027\"]");

        mvc.perform(put("/api/programmes/" + id).with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(completed))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/programmes/" + id).with(Tokens.viewer()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completed))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/programmes/" + id).with(Tokens.user("another-admin", "programme-admin")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completed))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.lastChangedBy").value("another-admin"));
        mvc.perform(put("/api/programmes/" + id).with(Tokens.admin()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(programmeJson(code)))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/programmes/" + id).with(Tokens.admin()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(programmeJson(code)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("completed programme cannot become active")));

        mvc.perform(get("/api/programmes/" + id + "/history").with(Tokens.viewer()))
                .andExpect(jsonPath("$[*].version", contains(0, 1)))
                .andExpect(jsonPath("$[1].by").value("another-admin"))
                .andExpect(jsonPath("$[1].changes[*].field", contains("termIds", "status")));
        mvc.perform(get("/api/programmes/" + id + "?asOf=" + beforeRevision).with(Tokens.viewer()))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        try (TopicRecords topic = new TopicRecords(kafka, Topics.PROGRAMMES)) {
            var revised = topic.awaitRecord(id, ProgrammeEvents.REVISED.type());
            EventSchemaValidator.assertValid(ProgrammeEvents.REVISED, TopicRecords.data(revised));
            assertThat(TopicRecords.header(revised, "ce_aggregateversion")).isEqualTo("1");
            assertThat(JsonPath.<String>read(TopicRecords.data(revised), "$.previousStatus")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void a_programme_names_only_known_government_terms() throws Exception {
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(programmeJson(uniqueCode()).replace("2023-2027", "2031-2035")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("2031-2035")));
    }

    @Test
    void a_page_size_out_of_range_is_a_400_problem_naming_it() throws Exception {
        mvc.perform(get("/api/programmes?size=500").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    /**
     * Issue 9: a programme carries its period (canonical or Finnish in the request, canonical in the answer and the
     * event), its place in a Government Programme, its relations to other programmes and what it and its status rest
     * on; the API answers them and the created event carries them, valid against its schema.
     */
    @Test
    void a_programme_carries_its_period_origin_relations_and_basis_in_the_api_and_its_event() throws Exception {
        String partner = uniqueCode();
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(programmeJson(partner)))
                .andExpect(status().isCreated());
        String code = uniqueCode();
        String json = """
                {"code":"%s","names":{"fi":"Sosiaalityön kehittämisen tiekartta 2023–2025"},"level":"REGION","ownerOrganisation":"09",                "termIds":["2023-2027"],"status":"ACTIVE","period":"2023–2025",                "origin":{"government":"Marin","termId":"2019-2023","section":"3.6",                "sectionTitle":{"fi":"Oikeudenmukainen, yhdenvertainen ja mukaan ottava Suomi"},"objective":"4",                "quote":{"fi":"Laaditaan sosiaalihuollon kehittämisohjelma."},                "basis":{"kind":"SOURCE","source":"[001] slide 'Lähtökohtia'"}},                "relations":[{"type":"SUPPORTS","programmeCode":"%s","basis":{"kind":"INFERENCE","source":"[001]",                "note":{"en":"Aligned with the national programmes.","original":"en"}}},                {"type":"PART_OF","name":{"fi":"Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"}}],                "basis":{"kind":"SOURCE","source":"[001] title slide"},                "statusBasis":{"kind":"INFERENCE","source":"[001]","note":{"fi":"Valmistelu käynnissä 17.5.2023."}}}""".formatted(code, partner);
        MvcResult result = mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period.value").value("2023/2025"))
                .andExpect(jsonPath("$.period.precision").value("YEAR_RANGE"))
                .andExpect(jsonPath("$.period.start").value("2023-01-01"))
                .andExpect(jsonPath("$.period.end").value("2025-12-31"))
                .andExpect(jsonPath("$.origin.government").value("Marin"))
                .andExpect(jsonPath("$.origin.section").value("3.6"))
                .andExpect(jsonPath("$.origin.objective").value("4"))
                .andExpect(jsonPath("$.origin.quote.fi").value("Laaditaan sosiaalihuollon kehittämisohjelma."))
                .andExpect(jsonPath("$.origin.basis.kind").value("SOURCE"))
                .andExpect(jsonPath("$.relations[0].type").value("SUPPORTS"))
                .andExpect(jsonPath("$.relations[0].programmeCode").value(partner))
                .andExpect(jsonPath("$.relations[0].basis.note.en").value("Aligned with the national programmes."))
                .andExpect(jsonPath("$.relations[1].name.fi").value("Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"))
                .andExpect(jsonPath("$.basis.kind").value("SOURCE"))
                .andExpect(jsonPath("$.statusBasis.kind").value("INFERENCE"))
                .andReturn();
        String id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/programmes/" + id).with(Tokens.viewer()))
                .andExpect(jsonPath("$.period.value").value("2023/2025"))
                .andExpect(jsonPath("$.relations.length()").value(2));

        String data = new String(awaitRecordFor(id).value(), StandardCharsets.UTF_8);
        EventSchemaValidator.assertValid(ProgrammeEvents.CREATED, data);
        assertThat(JsonPath.<String>read(data, "$.period.value")).isEqualTo("2023/2025");
        assertThat(JsonPath.<String>read(data, "$.origin.sectionTitle.fi")).isEqualTo("Oikeudenmukainen, yhdenvertainen ja mukaan ottava Suomi");
        assertThat(JsonPath.<String>read(data, "$.relations[0].programmeCode")).isEqualTo(partner);
        assertThat(JsonPath.<String>read(data, "$.statusBasis.kind")).isEqualTo("INFERENCE");
    }

    @Test
    void bad_periods_relations_origins_and_bases_are_4xx_problems_naming_the_field() throws Exception {
        String base = """
                {"code":"%s","names":{"fi":"Ohjelma"},"level":"REGION","ownerOrganisation":"09","termIds":["2023-2027"],%s}""";
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(base.formatted(uniqueCode(), "\"period\":\"ensi vuonna\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("period")));
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(base.formatted(uniqueCode(), "\"relations\":[{\"type\":\"PART_OF\",\"programmeCode\":\"NO-SUCH-PROGRAMME\"}]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("relations")));
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(base.formatted(uniqueCode(), "\"relations\":[{\"type\":\"PART_OF\"}]")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(base.formatted(uniqueCode(), "\"relations\":[{\"type\":\"NEXT_TO\",\"name\":{\"fi\":\"x\"}}]")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(base.formatted(uniqueCode(), "\"origin\":{\"government\":\"Marin\",\"termId\":\"2019\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("origin.termId")));
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(base.formatted(uniqueCode(), "\"basis\":{\"kind\":\"INFERENCE\",\"source\":\"[001]\"}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("basis")));
    }

    @Test
    void an_unknown_programme_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/programmes/no-such-id").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ConsumerRecord<String, byte[]> awaitRecordFor(String key) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            KafkaTestUtils.getRecords(consumer, Duration.ofMillis(500)).forEach(seen::add);
            return seen.stream().anyMatch(record -> key.equals(record.key()));
        });
        return seen.stream().filter(record -> key.equals(record.key())).findFirst().orElseThrow();
    }

    private static String headerOf(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private List<Document> pendingEventsOf(String id) {
        Document stored = mongo.findById(id, Document.class, "programmes");
        return stored == null ? List.of() : (List<Document>) stored.get("pendingEvents", List.class);
    }

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String programmeJson(String code) {
        return """
                {"code":"%s","names":{"fi":"Sosiaalihuollon kehittämisohjelma","sv":"Utvecklingsprogrammet för socialvården",\
                "en":"National Social Welfare Development Programme","original":"fi"},"level":"NATIONAL","ownerOrganisation":"STM",\
                "vision":{"fi":"Tieto- ja tutkimusperustainen sosiaalihuolto","en":"Knowledge- and research-based social welfare"},\
                "goals":[{"code":"I","title":{"fi":"Strateginen linjaus ja koonta"}}],"termIds":["2023-2027"],"status":"ACTIVE"}""".formatted(code);
    }
}
