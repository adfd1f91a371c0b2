package fi.tiekartta.regional.nationalindicators;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.reporting.ReportingEvents;
import fi.tiekartta.testing.EventSchemaValidator;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TopicRecords;
import fi.tiekartta.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.tiekartta.testing.TopicRecords.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national indicators API on the MongoDB-wire server, with THL's September 2020 baseline of structural
 * social work as the example: of 23 project areas, 4 used a model across the whole region, 10 in part of it,
 * 9 not at all. Each test uses a programme id of its own, so tests do not see each other's indicators.
 */
@ServiceIntegrationTest
class NationalIndicatorApiIntegrationTest {

    static final String API = "/api/national-indicators";
    static final String COLLECTION = "national_indicators";

    /** Everyone who may read national indicators but not write them. */
    static final Map<String, RequestPostProcessor> READERS = Map.of(
            "viewer", Tokens.viewer(),
            "region reporter", Tokens.regionReporter("reporter-paijat-hame", "09"),
            "verifier", Tokens.user("thl-verifier", "verifier", "programme-viewer"),
            "integration client", Tokens.user("service-account-tiekartta-integration", "integration-client"));

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void an_admin_records_the_thl_2020_baseline_and_every_reader_sees_it_as_a_national_distribution() throws Exception {
        String programme = uniqueProgramme();
        String location = mvc.perform(write(post(API), Tokens.admin(), baselineJson(programme)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(API + "/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.programmeId").value(programme))
                .andExpect(jsonPath("$.measureId").value("rso1-b"))
                .andExpect(jsonPath("$.title.fi").value("Rakenteellisen sosiaalityön mallien käyttö hankealueilla"))
                .andExpect(jsonPath("$.title.original").value("fi"))
                .andExpect(jsonPath("$.observedPeriod.value").value("2020-09"))
                .andExpect(jsonPath("$.observedPeriod.label.fi").value("syyskuu 2020"))
                .andExpect(jsonPath("$.observedPeriod.label.sv").value("september 2020"))
                .andExpect(jsonPath("$.observedPeriod.label.en").value("September 2020"))
                .andExpect(jsonPath("$.observedPeriod.start").value("2020-09-01"))
                .andExpect(jsonPath("$.observedPeriod.end").value("2020-09-30"))
                .andExpect(jsonPath("$.observedPeriod.precision").value("MONTH"))
                .andExpect(jsonPath("$.unitOfObservation.fi").value("hankealue"))
                .andExpect(jsonPath("$.unitOfObservation.en").value("project area of the Future Health and Social Services Centres programme"))
                .andExpect(jsonPath("$.total").value(23))
                .andExpect(jsonPath("$.categories[*].key", contains("REGION_WIDE", "PARTIAL", "NONE")))
                .andExpect(jsonPath("$.categories[*].count", contains(4, 10, 9)))
                .andExpect(jsonPath("$.categories[0].label.en").value("A model or models in use across the whole region"))
                .andExpect(jsonPath("$.categories[1].note.en", containsString("about 8–33 % of the area")))
                .andExpect(jsonPath("$.categories[1].note.en", containsString("40–59 %")))
                .andExpect(jsonPath("$.categories[0].note").doesNotExist())
                .andExpect(jsonPath("$.source.citation.fi", containsString("Lähtötilanne syyskuussa 2020")))
                .andExpect(jsonPath("$.source.url").doesNotExist())
                .andExpect(jsonPath("$.note.en", containsString("does not say which project areas")))
                .andExpect(jsonPath("$.regionCode").doesNotExist())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.createdBy").value("stm-admin"))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        for (Map.Entry<String, RequestPostProcessor> reader : READERS.entrySet()) {
            mvc.perform(get(API + "/" + id).with(reader.getValue()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.id").value(id))
                    .andExpect(jsonPath("$.categories[*].count", contains(4, 10, 9)));
            mvc.perform(get(API + "/" + id + "/history").with(reader.getValue())).andExpect(status().isOk());
            mvc.perform(get(API + "?programmeId=" + programme).with(reader.getValue()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(id)));
        }

        Document stored = mongo.findById(id, Document.class, COLLECTION);
        assertThat(stored).as("stored in national_indicators").isNotNull();
        assertThat(stored.get("state", Document.class).get("observedPeriod", Document.class).getString("value"))
                .isEqualTo("2020-09");

        try (TopicRecords topic = new TopicRecords(broker, Topics.REGIONAL_REPORTING)) {
            ConsumerRecord<String, byte[]> recorded = topic.awaitRecord(id, ReportingEvents.INDICATOR_RECORDED.type());
            EventSchemaValidator.assertValid(ReportingEvents.INDICATOR_RECORDED, data(recorded));
            assertThat(JsonPath.<String>read(data(recorded), "$.indicator.indicatorId")).isEqualTo(id);
            assertThat(JsonPath.<String>read(data(recorded), "$.indicator.observedPeriod.value")).isEqualTo("2020-09");
            assertThat(JsonPath.<Integer>read(data(recorded), "$.indicator.total")).isEqualTo(23);
            assertThat(JsonPath.<List<Integer>>read(data(recorded), "$.indicator.categories[*].count")).containsExactly(4, 10, 9);
            assertThat(JsonPath.<String>read(data(recorded), "$.changedBy")).isEqualTo("stm-admin");
        }
    }

    @Test
    void a_correction_needs_the_current_etag_and_every_revision_is_kept() throws Exception {
        String programme = uniqueProgramme();
        String id = record(baselineJson(programme));
        String corrected = baselineJson(programme)
                .replace("\"url\":null", "\"url\":\"https://thl.fi/rakenteellinen-sosiaalityo\"")
                .replace("\"measureId\":\"rso1-b\"", "\"measureId\":\"rso1-a\"");
        Instant beforeCorrection = Instant.now();

        mvc.perform(write(put(API + "/" + id), Tokens.admin(), corrected))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(write(put(API + "/" + id), Tokens.admin(), corrected).header("If-Match", "yesterday"))
                .andExpect(status().isBadRequest());
        mvc.perform(write(put(API + "/" + id), Tokens.user("another-admin", "programme-admin"), corrected)
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.measureId").value("rso1-a"))
                .andExpect(jsonPath("$.source.url").value("https://thl.fi/rakenteellinen-sosiaalityo"))
                .andExpect(jsonPath("$.createdBy").value("stm-admin"))
                .andExpect(jsonPath("$.lastChangedBy").value("another-admin"));

        String stale = baselineJson(programme).replace("\"measureId\":\"rso1-b\"", "\"measureId\":\"rso2-c\"");
        mvc.perform(write(put(API + "/" + id), Tokens.admin(), stale).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(API + "/" + id).with(Tokens.viewer()))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.measureId").value("rso1-a"));
        mvc.perform(write(put(API + "/" + id), Tokens.admin(), corrected).header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));

        mvc.perform(get(API + "/" + id + "/history").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version", contains(0, 1)))
                .andExpect(jsonPath("$[0].by").value("stm-admin"))
                .andExpect(jsonPath("$[1].by").value("another-admin"))
                .andExpect(jsonPath("$[1].changes[*].field", contains("measureId", "source")));
        mvc.perform(get(API + "/" + id + "?asOf=" + beforeCorrection).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.measureId").value("rso1-b"))
                .andExpect(jsonPath("$.source.url").doesNotExist());
        mvc.perform(get(API + "/" + id + "?asOf=2000-01-01T00:00:00Z").with(Tokens.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/" + id + "?asOf=yesterday").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());

        try (TopicRecords topic = new TopicRecords(broker, Topics.REGIONAL_REPORTING)) {
            List<ConsumerRecord<String, byte[]>> events = topic.awaitRecords(id, 2);
            assertThat(events).extracting(record -> TopicRecords.header(record, "ce_type")).as("the unchanged PUT causes none")
                    .containsExactly(ReportingEvents.INDICATOR_RECORDED.type(), ReportingEvents.INDICATOR_CORRECTED.type());
            EventSchemaValidator.assertValid(ReportingEvents.INDICATOR_CORRECTED, data(events.get(1)));
            assertThat(JsonPath.<String>read(data(events.get(1)), "$.indicator.measureId")).isEqualTo("rso1-a");
            assertThat(JsonPath.<String>read(data(events.get(1)), "$.changedBy")).isEqualTo("another-admin");
        }
    }

    @Test
    void the_categories_can_be_corrected_as_long_as_they_still_add_up() throws Exception {
        String programme = uniqueProgramme();
        String id = record(baselineJson(programme));
        String regrouped = baselineJson(programme).replace("\"count\":10", "\"count\":6")
                .replace("\"count\":9", "\"count\":9},{\"key\":\"PARTIAL_40_59\",\"label\":{\"fi\":\"Malleja käytössä 40–59 % alueista\"},\"count\":4");
        mvc.perform(write(put(API + "/" + id), Tokens.admin(), regrouped).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[*].key", contains("REGION_WIDE", "PARTIAL", "NONE", "PARTIAL_40_59")))
                .andExpect(jsonPath("$.categories[*].count", contains(4, 6, 9, 4)));
        mvc.perform(get(API + "/" + id + "/history").with(Tokens.viewer()))
                .andExpect(jsonPath("$[1].changes[*].field", contains("categories")));
    }

    @Test
    void indicators_are_listed_in_the_order_observed_and_filtered_by_programme_and_measure() throws Exception {
        String programme = uniqueProgramme();
        String later = record(baselineJson(programme).replace("2020-09", "2022"));
        String baseline = record(baselineJson(programme));
        String otherMeasure = record(baselineJson(programme).replace("2020-09", "2021-spring")
                .replace("\"measureId\":\"rso1-b\"", "\"measureId\":null"));
        String otherProgramme = record(baselineJson(uniqueProgramme()));

        mvc.perform(get(API + "?size=200&programmeId=" + programme).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", contains(baseline, otherMeasure, later)))
                .andExpect(jsonPath("$.page.totalElements").value(3));
        mvc.perform(get(API + "?programmeId=" + programme + "&measureId=rso1-b").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(baseline, later)));
        mvc.perform(get(API + "?size=2&page=1&programmeId=" + programme).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", contains(later)))
                .andExpect(jsonPath("$.page.totalElements").value(3));
        mvc.perform(get(API + "?size=200&measureId=rso1-b").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].id", hasItems(baseline, later, otherProgramme)));
        mvc.perform(get(API + "?programmeId=no-such-programme").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(0)));

        mvc.perform(get(API + "?size=500").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get(API + "?page=-1").with(Tokens.viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void an_indicator_cites_its_source_as_its_basis_shows_the_codes_and_is_found_by_them() throws Exception {
        String programme = uniqueProgramme();
        String code = "RSO-" + programme.substring(programme.length() - 6).toUpperCase();
        // What the projections would have learnt from programme-service's and workpackage-service's events.
        mongo.getCollection("known_programmes").insertOne(new org.bson.Document("_id", programme).append("code", code));
        mongo.getCollection("known_measures").insertOne(new org.bson.Document("_id", "rso1-b-" + code)
                .append("programmeId", programme).append("code", code + ".B").append("status", "ACTIVE")
                .append("title", new org.bson.Document("fi", "Nykytilan selvitys").append("original", "fi")));
        String sourced = baselineJson(programme).replace("\"measureId\":\"rso1-b\"", "\"measureId\":\"rso1-b-" + code + "\"");
        sourced = sourced.substring(0, sourced.lastIndexOf('}')) + ",\"basis\":{\"kind\":\"SOURCE\","
                + "\"source\":\"[004] diat 'Lähtötilanne syyskuussa 2020 (1/2)'\"}}";
        mvc.perform(write(post(API), Tokens.admin(), sourced))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.basis.kind").value("SOURCE"))
                .andExpect(jsonPath("$.basis.source").value("[004] diat 'Lähtötilanne syyskuussa 2020 (1/2)'"))
                .andExpect(jsonPath("$.programmeCode").value(code))
                .andExpect(jsonPath("$.measureCode").value(code + ".B"));
        mvc.perform(get(API).param("programme", code).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].basis.kind").value("SOURCE"));
        mvc.perform(get(API).param("measure", code + ".B").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].programmeCode").value(contains(code)));
        mvc.perform(get(API).param("programme", "NO-SUCH-" + code).with(Tokens.viewer()))
                .andExpect(jsonPath("$.content", hasSize(0)));

        String madeUp = baselineJson(programme);
        mvc.perform(write(post(API), Tokens.admin(), madeUp.substring(0, madeUp.lastIndexOf('}'))
                        + ",\"basis\":{\"kind\":\"ILLUSTRATIVE\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("real observation")));
    }

    @Test
    void readers_may_read_but_only_admins_write_and_a_refused_write_changes_nothing() throws Exception {
        String programme = uniqueProgramme();
        String id = record(baselineJson(programme));
        String corrected = baselineJson(programme).replace("\"measureId\":\"rso1-b\"", "\"measureId\":\"rso1-a\"");
        String other = uniqueProgramme();

        for (Map.Entry<String, RequestPostProcessor> reader : READERS.entrySet()) {
            mvc.perform(write(post(API), reader.getValue(), baselineJson(other)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(write(put(API + "/" + id), reader.getValue(), corrected).header("If-Match", "\"0\""))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(API).with(Tokens.user("someone", "unrelated-role"))).andExpect(status().isForbidden());
        mvc.perform(get(API + "/" + id).with(Tokens.user("someone", "unrelated-role"))).andExpect(status().isForbidden());

        assertThat(storedFor(other)).as("no reader's POST was stored").isFalse();
        assertUnchanged(id);
    }

    @Test
    void without_a_token_the_answer_is_401_problem_with_a_bearer_challenge() throws Exception {
        String programme = uniqueProgramme();
        mvc.perform(get(API))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content(baselineJson(programme)))
                .andExpect(status().isUnauthorized());
        assertThat(storedFor(programme)).isFalse();
    }

    @Test
    void invalid_fields_are_all_named_in_one_problem_and_nothing_is_stored() throws Exception {
        mvc.perform(write(post(API), Tokens.admin(), """
                        {"programmeId":"","title":{"fi":""},"observedPeriod":"joskus 2020","total":0,
                         "categories":[{"key":"region_wide","label":{"fi":"Koko alue"},"count":4},
                                       {"key":"NONE","count":-1},null],
                         "source":{"url":"thl.fi"},"note":{"en":"English only","original":"de"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("programmeId", "title.writtenInOriginal",
                        "observedPeriod", "unitOfObservation", "total", "categories[0].key", "categories[1].label",
                        "categories[1].count", "categories[2]", "source.citation", "source.url", "note.original")));

        String programme = uniqueProgramme();
        mvc.perform(write(post(API), Tokens.admin(), baselineJson(programme).replace("\"total\"", "\"regions\":[\"09\"],\"total\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("regions")));
        mvc.perform(write(post(API), Tokens.admin(), baselineJson(programme).replace("\"total\":23", "\"total\":\"many\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("total"));
        mvc.perform(write(post(API), Tokens.admin(), baselineJson(programme).replace("\"categories\":[", "\"x\":[")))
                .andExpect(status().isBadRequest());
        assertThat(storedFor(programme)).isFalse();
    }

    @Test
    void broken_rules_are_422_problems_that_say_which_rule_and_nothing_is_stored() throws Exception {
        String programme = uniqueProgramme();
        expectRuleViolation(post(API), baselineJson(programme).replace("\"count\":9", "\"count\":8"),
                "the categories count 22 units, the total is 23");
        expectRuleViolation(post(API), baselineJson(programme).replace("\"total\":23", "\"total\":24"),
                "the categories count 23 units, the total is 24");
        expectRuleViolation(post(API), baselineJson(programme).replace("\"key\":\"NONE\"", "\"key\":\"PARTIAL\""),
                "PARTIAL is given twice");
        expectRuleViolation(post(API), baselineJson(programme).replaceAll("\"categories\":\\[.*\\],\"source\"", "\"categories\":[],\"source\""),
                "at least one category");
        assertThat(storedFor(programme)).isFalse();

        String id = record(baselineJson(programme));
        expectRuleViolation(put(API + "/" + id).header("If-Match", "\"0\""),
                baselineJson(programme).replace("\"count\":4", "\"count\":5"), "the categories count 24 units");
        assertUnchanged(id);
    }

    @Test
    void an_unknown_indicator_is_a_404_problem() throws Exception {
        mvc.perform(get(API + "/no-such-id").with(Tokens.viewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(API + "/no-such-id/history").with(Tokens.viewer())).andExpect(status().isNotFound());
        mvc.perform(write(put(API + "/no-such-id"), Tokens.admin(), baselineJson(uniqueProgramme())).header("If-Match", "\"0\""))
                .andExpect(status().isNotFound());
    }

    /** The indicator is still as recorded: version 0, one revision, the 2020 figures. */
    private void assertUnchanged(String id) throws Exception {
        mvc.perform(get(API + "/" + id).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.measureId").value("rso1-b"))
                .andExpect(jsonPath("$.categories[*].count", contains(4, 10, 9)))
                .andExpect(jsonPath("$.lastChangedBy").value("stm-admin"));
        mvc.perform(get(API + "/" + id + "/history").with(Tokens.viewer()))
                .andExpect(jsonPath("$[*].version", contains(0)));
    }

    private void expectRuleViolation(MockHttpServletRequestBuilder request, String json, String detail) throws Exception {
        mvc.perform(write(request, Tokens.admin(), json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }

    private String record(String json) throws Exception {
        String body = mvc.perform(write(post(API), Tokens.admin(), json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private boolean storedFor(String programmeId) {
        return mongo.exists(Query.query(Criteria.where("state.programmeId").is(programmeId)), COLLECTION);
    }

    private static MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request, RequestPostProcessor token,
            String json) {
        return request.with(token).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    static String uniqueProgramme() {
        return "programme-" + UUID.randomUUID();
    }

    /**
     * THL's baseline of September 2020 (seed [004], "Lähtötilanne syyskuussa 2020"), as the ministry records
     * it: the source names no project areas and has no address.
     */
    static String baselineJson(String programmeId) {
        return """
                {"programmeId":"$programmeId","measureId":"rso1-b",\
                "title":{"fi":"Rakenteellisen sosiaalityön mallien käyttö hankealueilla",\
                "en":"Use of structural social work models in the project areas","original":"fi"},\
                "observedPeriod":"2020-09",\
                "unitOfObservation":{"fi":"hankealue","en":"project area of the Future Health and Social Services Centres programme"},\
                "total":23,\
                "categories":[\
                {"key":"REGION_WIDE","label":{"fi":"Malli tai malleja käytössä koko maakunnan alueella",\
                "en":"A model or models in use across the whole region"},"count":4},\
                {"key":"PARTIAL","label":{"fi":"Malleja käytössä joillakin alueen kunnista tai yhteistoiminta-alueista",\
                "en":"Models in use in some of the area's municipalities or joint service areas"},"count":10,\
                "note":{"fi":"Osalla alueista malleja käytössä vain harvakseltaan (noin 8–33 % alueista), osalla hieman kattavammin (40–59 % alueista).",\
                "en":"In some areas models are in use only sparsely (about 8–33 % of the area), in others somewhat more widely (40–59 %)."}},\
                {"key":"NONE","label":{"fi":"Ei lainkaan käytössä rakenteellisen sosiaalityön toimintamalleja",\
                "en":"No structural social work model in use"},"count":9}],\
                "source":{"citation":{"fi":"THL: Rakenteellinen sosiaalityö, kansallinen hanketuki (Tulevaisuuden sote-keskus -ohjelma). Lähtötilanne syyskuussa 2020.",\
                "en":"THL: Structural social work, national project support (Future Health and Social Services Centres programme). Baseline, September 2020.",\
                "original":"fi"},"url":null},\
                "note":{"fi":"Lähde ei kerro, mitkä hankealueet ovat missäkin ryhmässä; lukuja ei voi kohdentaa alueille.",\
                "en":"The source does not say which project areas are in which category; the figures cannot be attributed to regions.",\
                "original":"fi"}}"""
                .replace("$programmeId", programmeId);
    }
}
