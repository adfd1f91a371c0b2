package fi.tiekartta.programme.roadmapimport;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.roadmap.RoadmapEvents;
import fi.tiekartta.testing.EventSchemaValidator;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import fi.tiekartta.testing.TopicRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
class RoadmapImportApiIntegrationTest {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EmbeddedKafkaBroker kafka;

    @Test
    void an_accepted_roadmap_is_applied_whole_and_importing_it_again_changes_nothing() throws Exception {
        String code = uniqueCode();
        String importId = JsonPath.read(importYaml(roadmap(code, "Tieto- ja tutkimusperustainen sosiaalihuolto"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/roadmap-imports/")))
                .andExpect(jsonPath("$.workPackages").value(1))
                .andExpect(jsonPath("$.measures").value(2))
                .andExpect(jsonPath("$.milestones").value(1))
                .andReturn().getResponse().getContentAsString(), "$.id");

        await().untilAsserted(() -> mvc.perform(get("/api/programmes?owner=STM&size=200").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[?(@.code == '" + code + "')].goals[*].code", hasItems("I", "II"))));
        try (TopicRecords topic = new TopicRecords(kafka, Topics.PROGRAMMES)) {
            var accepted = topic.awaitRecord(importId, RoadmapEvents.IMPORT_ACCEPTED.type());
            EventSchemaValidator.assertValid(RoadmapEvents.IMPORT_ACCEPTED, TopicRecords.data(accepted));
        }

        importYaml(roadmap(code, "Tieto- ja tutkimusperustainen sosiaalihuolto"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(importId))
                .andExpect(jsonPath("$.acceptedEarlier").value(true));
        assertThat(mongo.count(Query.query(Criteria.where("state.code").is(code)), "programmes")).isEqualTo(1);
    }

    @Test
    void a_changed_roadmap_revises_what_changed_under_the_same_ids() throws Exception {
        String code = uniqueCode();
        importYaml(roadmap(code, "Ensimmäinen visio")).andExpect(status().isAccepted());
        await().until(() -> mongo.exists(Query.query(Criteria.where("state.code").is(code)), "programmes"));
        String id = mongo.findOne(Query.query(Criteria.where("state.code").is(code)), org.bson.Document.class, "programmes").getString("_id");

        importYaml(roadmap(code, "Tarkennettu visio")).andExpect(status().isAccepted());

        await().untilAsserted(() -> mvc.perform(get("/api/programmes/" + id).with(Tokens.viewer()))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.vision.fi").value("Tarkennettu visio")));
        mvc.perform(get("/api/programmes/" + id + "/history").with(Tokens.viewer()))
                .andExpect(jsonPath("$[1].changes[*].field", hasItem("vision")));
    }

    @Test
    void a_document_of_the_wrong_shape_is_refused_with_every_problem_and_changes_nothing() throws Exception {
        String code = uniqueCode();
        String bad = roadmap(code, "x").replace("level: NATIONAL", "level: GALACTIC\n    budget: 1").replace("code: TP1\n", "code: tp 1\n");
        importYaml(bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("programmes[0]", "programmes[0].level", "programmes[0].workPackages[0].code")));
        importYaml("not: [valid").andExpect(status().isBadRequest());
        assertThat(mongo.exists(Query.query(Criteria.where("state.code").is(code)), "programmes")).isFalse();
    }

    @Test
    void a_document_that_breaks_rules_is_refused_with_every_problem_and_changes_nothing() throws Exception {
        String code = uniqueCode();
        String bad = roadmap(code, "x")
                .replace("goalCodes: [II]", "goalCodes: [IV]")
                .replace("termIds: [\"2019-2023\", \"2023-2027\"]", "termIds: [\"2019-2023\", \"2031-2035\"]")
                .replace("measure: TP1.2", "measure: TP1.9")
                .replace("baseline: \"2021-spring/2021-summer\"", "baseline: \"kevät 2021\"");
        long importsBefore = mongo.count(new Query(), "roadmap_imports");
        importYaml(bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("programmes[0].termIds", "programmes[0].workPackages[0].goalCodes",
                        "programmes[0].workPackages[0].milestones[0].measure", "programmes[0].workPackages[0].milestones[0].baseline")));
        assertThat(mongo.exists(Query.query(Criteria.where("state.code").is(code)), "programmes")).isFalse();
        assertThat(mongo.count(new Query(), "roadmap_imports")).as("no import was stored for it").isEqualTo(importsBefore);
    }

    @Test
    void only_admins_import_and_json_works_as_well_as_yaml() throws Exception {
        mvc.perform(post("/api/roadmap-imports").with(Tokens.viewer()).contentType(YAML).content(roadmap(uniqueCode(), "x")))
                .andExpect(status().isForbidden());
        String json = """
                {"format":"tiekartta-roadmap/v1","programmes":[{"code":"%s","names":{"fi":"JSON-ohjelma"},"level":"REGION",
                 "ownerOrganisation":"09","termIds":["2023-2027"]}]}""".formatted(uniqueCode());
        mvc.perform(post("/api/roadmap-imports").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isAccepted());
    }

    @Test
    void the_seed_roadmap_of_the_local_stack_is_accepted() throws Exception {
        Path seed = Path.of("../../deploy/seed/roadmap.yaml");
        mvc.perform(post("/api/roadmap-imports").with(Tokens.admin()).contentType(YAML).content(Files.readAllBytes(seed)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.programmeIds.SHKO").isString())
                .andExpect(jsonPath("$.programmeIds.THL-RSO").isString())
                .andExpect(jsonPath("$.programmeIds.PH-SOTY").isString())
                .andExpect(jsonPath("$.workPackages").value(14))
                .andExpect(jsonPath("$.measures").value(28))
                .andExpect(jsonPath("$.milestones").value(26));
        await().untilAsserted(() -> mvc.perform(get("/api/programmes?term=2027-2031&size=200").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[?(@.code == 'SHKO')].goals[*].code", hasItems("I", "II", "III"))));
    }

    private ResultActions importYaml(String yaml) throws Exception {
        return mvc.perform(post("/api/roadmap-imports").with(Tokens.admin()).contentType(YAML).content(yaml));
    }

    private static String uniqueCode() {
        return "R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String roadmap(String code, String vision) {
        return """
                format: tiekartta-roadmap/v1
                source: test
                programmes:
                  - code: %s
                    names: {fi: "Sosiaalihuollon kehittämisohjelma", en: "National Social Welfare Development Programme", original: fi}
                    level: NATIONAL
                    ownerOrganisation: STM
                    vision: {fi: "%s"}
                    goals:
                      - code: I
                        title: {fi: "Strateginen linjaus ja koonta"}
                      - code: II
                        title: {fi: "Rakenteiden vakiintuminen"}
                    termIds: ["2019-2023", "2023-2027"]
                    status: ACTIVE
                    workPackages:
                      - code: TP1
                        title: {fi: "Ohjauksen kokonaisuus"}
                        goalCodes: [II]
                        termIds: ["2019-2023"]
                        status: ACTIVE
                        measures:
                          - code: TP1.1
                            title: {fi: "STM ohjausrakenteen uudistaminen"}
                          - code: TP1.2
                            title: {fi: "Sosiaalihuollon asiantuntijuusroolin hahmottaminen"}
                        milestones:
                          - key: %s-M1
                            title: {fi: "Tilannekuva"}
                            measure: TP1.2
                            baseline: "2021-spring/2021-summer"
                            status: PLANNED
                """.formatted(code, vision, code);
    }
}
