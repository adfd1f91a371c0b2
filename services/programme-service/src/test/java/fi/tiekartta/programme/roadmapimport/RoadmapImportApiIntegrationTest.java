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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
                .replace("baseline: \"2021-spring/2021-summer\"", "baseline: \"ensi keväänä\"");
        long importsBefore = mongo.count(new Query(), "roadmap_imports");
        importYaml(bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("programmes[0].termIds", "programmes[0].workPackages[0].goalCodes",
                        "programmes[0].workPackages[0].milestones[0].measure", "programmes[0].workPackages[0].milestones[0].baseline")));
        assertThat(mongo.exists(Query.query(Criteria.where("state.code").is(code)), "programmes")).isFalse();
        assertThat(mongo.count(new Query(), "roadmap_imports")).as("no import was stored for it").isEqualTo(importsBefore);
    }

    /**
     * The milestone rules are milestone-service's own ({@code MilestoneInvariants}): a document with a milestone that
     * breaks any of them is refused whole, each problem named at its field, instead of being accepted and then
     * dropped, in part, by milestone-service.
     */
    @Test
    void a_document_with_any_kind_of_invalid_milestone_is_refused_whole() throws Exception {
        String code = uniqueCode();
        String bad = withMilestones(code,
                milestone(code + "-A", "status: ACHIEVED"),
                milestone(code + "-B", "status: ACHIEVED", "actual: \"2999-01-01\""),
                milestone(code + "-C", "status: PLANNED", "actual: \"toukokuu 2021\""),
                milestone(code + "-D", "forecast: \"2022\""),
                milestone(code + "-E", "evidence: [{url: \"https://example.org/a\"}, {url: \"https://example.org/a\"}]"),
                milestone(code + "-F", "evidence: [{url: \"http://\"}]"));
        long importsBefore = mongo.count(new Query(), "roadmap_imports");
        String milestones = "programmes[0].workPackages[0].milestones";
        importYaml(bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems(milestones + "[0].actual", milestones + "[1].actual",
                        milestones + "[2].actual", milestones + "[3].forecast", milestones + "[4].evidence",
                        milestones + "[5].evidence[0].url")))
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[?(@.field == '" + milestones + "[1].actual')].message",
                        hasItem(containsString("after today"))));
        assertNothingImported(code, importsBefore);
    }

    /**
     * Too much evidence and an unknown status do not even have the shape of a roadmap (the published schema allows at
     * most 20 links, and names the statuses): refused whole before any rule is asked, each named at its field.
     */
    @Test
    void a_milestone_with_too_much_evidence_or_an_unknown_status_is_refused_whole() throws Exception {
        String code = uniqueCode();
        String links = IntStream.rangeClosed(1, 51).mapToObj(i -> "{url: \"https://example.org/" + i + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        String bad = withMilestones(code,
                milestone(code + "-A", "evidence: " + links),
                milestone(code + "-B", "status: DONE"));
        long importsBefore = mongo.count(new Query(), "roadmap_imports");
        String milestones = "programmes[0].workPackages[0].milestones";
        importYaml(bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems(milestones + "[0].evidence", milestones + "[1].status")));
        assertNothingImported(code, importsBefore);
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
                .andExpect(jsonPath("$.milestones").value(35));
        await().untilAsserted(() -> mvc.perform(get("/api/programmes?term=2027-2031&size=200").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[?(@.code == 'SHKO')].goals[*].code", hasItems("I", "II", "III"))));
    }

    /** No programme was applied and no import stored; an import's event is written only with it, so none was sent. */
    private void assertNothingImported(String code, long importsBefore) {
        assertThat(mongo.count(new Query(), "roadmap_imports")).as("no import was stored").isEqualTo(importsBefore);
        assertThat(mongo.exists(Query.query(Criteria.where("state.code").is(code)), "programmes")).isFalse();
    }

    /** The test roadmap with these milestones (YAML items) in place of its own. */
    private static String withMilestones(String code, String... milestones) {
        String document = roadmap(code, "x");
        return document.substring(0, document.indexOf("          - key:")) + String.join("", milestones);
    }

    /** A milestone of the test roadmap's work package, planned for spring 2023, with these further fields. */
    private static String milestone(String key, String... fields) {
        StringBuilder yaml = new StringBuilder("          - key: " + key + "\n            title: {fi: \"Virstanpylväs\"}\n"
                + "            baseline: \"2023-spring\"\n");
        for (String field : fields) {
            yaml.append("            ").append(field).append('\n');
        }
        return yaml.toString();
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
