package fi.tiekartta.workpackage;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.LocalizedText;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.programme.ProgrammeCreated;
import fi.tiekartta.contracts.programme.ProgrammeEvents;
import fi.tiekartta.contracts.programme.StrategicGoalData;
import fi.tiekartta.contracts.workpackage.WorkPackageEvents;
import fi.tiekartta.platform.messaging.EventJson;
import fi.tiekartta.testing.EventSchemaValidator;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.TestEvents;
import fi.tiekartta.testing.Tokens;
import fi.tiekartta.testing.TopicRecords;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;
import java.util.List;
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
class WorkPackageApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, CloudEvent> kafka;
    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    EventJson eventJson;

    String programmeId;

    /** Each test gets its own programme, learnt by this service from the programme topic as in production. */
    @BeforeEach
    void aProgrammeIsKnown() throws Exception {
        programmeId = UUID.randomUUID().toString();
        ProgrammeCreated created = new ProgrammeCreated(programmeId, "P-" + programmeId.substring(0, 6).toUpperCase(),
                new LocalizedText("Sosiaalihuollon kehittämisohjelma", null, null, "fi"), "NATIONAL", "STM", "stm-admin",
                Instant.parse("2026-11-22T08:00:00Z"), null,
                List.of(new StrategicGoalData("I", new LocalizedText("Linjaus", null, null, "fi")),
                        new StrategicGoalData("II", new LocalizedText("Rakenteet", null, null, "fi"))),
                List.of(), List.of("2019-2023", "2023-2027", "2027-2031"), "ACTIVE", null, null, List.of(), null, null);
        kafka.send(new ProducerRecord<>(Topics.PROGRAMMES, programmeId,
                TestEvents.of(ProgrammeEvents.CREATED, programmeId, 0, created.createdAt(), eventJson.write(created)))).join();
        await().untilAsserted(() -> define("TP0", "[\"I\"]").andExpect(status().isCreated()));
    }

    @Test
    void an_admin_defines_a_work_package_of_a_known_programme_only() throws Exception {
        define("TP3", "[\"II\"]").andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.code").value("TP3"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(json(post("/api/work-packages"), workPackage(UUID.randomUUID().toString(), "TP1", "[]")).with(Tokens.admin()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("not known")));
        define("TP4", "[\"IV\"]").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("IV")));
        mvc.perform(json(post("/api/work-packages"), workPackage(programmeId, "TP5", "[]").replace("2023-2027", "2031-2035")).with(Tokens.admin()))
                .andExpect(status().isUnprocessableContent());
        define("TP3", "[]").andExpect(status().isConflict());
        mvc.perform(json(post("/api/work-packages"), workPackage(programmeId, "TP6", "[]")).with(Tokens.viewer()))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/work-packages"), "{\"programmeId\":\"" + programmeId + "\",\"code\":\"tp 7\",\"title\":{}}").with(Tokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title.writtenInOriginal")));
    }

    @Test
    void confidence_is_assessed_against_the_current_version_and_every_assessment_is_kept() throws Exception {
        String id = idOf(define("TP7", "[]"));
        String green = "{\"rating\":\"GREEN\",\"rationale\":\"Mittaristotyö etenee\"}";
        String amberRed = "{\"rating\":\"AMBER_RED\",\"rationale\":\"Tietopohja puuttuu\"}";

        mvc.perform(json(post("/api/work-packages/" + id + "/confidence"), green).with(Tokens.admin()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(json(post("/api/work-packages/" + id + "/confidence"), green).with(Tokens.admin()).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(post("/api/work-packages/" + id + "/confidence"), amberRed).with(Tokens.admin()).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(json(post("/api/work-packages/" + id + "/confidence"), amberRed).with(Tokens.admin()).header("If-Match", "\"1\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confidence.rating").value("AMBER_RED"))
                .andExpect(jsonPath("$.confidenceHistory[*].rating", contains("GREEN", "AMBER_RED")))
                .andExpect(jsonPath("$.confidenceHistory[0].assessedBy").value("stm-admin"));

        mvc.perform(get("/api/work-packages?programmeId=" + programmeId + "&confidence=AMBER_RED").with(Tokens.viewer()))
                .andExpect(jsonPath("$.content[*].code", contains("TP7")));
        mvc.perform(get("/api/work-packages/" + id + "/history").with(Tokens.viewer()))
                .andExpect(jsonPath("$[*].version", contains(0, 1, 2)));
        try (TopicRecords topic = new TopicRecords(broker, Topics.WORK_PACKAGES)) {
            var changed = topic.awaitRecord(id, WorkPackageEvents.CONFIDENCE_CHANGED.type());
            EventSchemaValidator.assertValid(WorkPackageEvents.CONFIDENCE_CHANGED, TopicRecords.data(changed));
            assertThat(JsonPath.<String>read(TopicRecords.data(changed), "$.previousRating")).isEqualTo("GREEN");
        }
    }

    /**
     * Issue 9: a work package carries the programme's code beside its id, its notes and what it and its status rest
     * on; a measure its basis and the codes of its work package and programme. The answer and the events carry them.
     */
    @Test
    void a_work_package_carries_its_programme_code_notes_and_basis_in_the_api_and_its_events() throws Exception {
        String programmeCode = "P-" + programmeId.substring(0, 6).toUpperCase();
        String body = workPackage(programmeId, "TP2", "[]").replaceFirst("}$", ","
                + "\"notes\":[{\"text\":{\"fi\":\"TP2 sisältää 2022 alkavaa toimintaa\"},"
                + "\"basis\":{\"kind\":\"SOURCE\",\"source\":\"[001] roadmap slide\"}}],"
                + "\"basis\":{\"kind\":\"SOURCE\",\"source\":\"[001] roadmap slide\"},"
                + "\"statusBasis\":{\"kind\":\"INFERENCE\",\"source\":\"[001] results slide\","
                + "\"note\":{\"en\":\"Implementation begun during the programme.\",\"original\":\"en\"}}}");
        String id = idOf(mvc.perform(json(post("/api/work-packages"), body).with(Tokens.admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programmeCode").value(programmeCode))
                .andExpect(jsonPath("$.notes[0].text.fi").value("TP2 sisältää 2022 alkavaa toimintaa"))
                .andExpect(jsonPath("$.notes[0].basis.kind").value("SOURCE"))
                .andExpect(jsonPath("$.basis.source").value("[001] roadmap slide"))
                .andExpect(jsonPath("$.statusBasis.kind").value("INFERENCE"))
                .andExpect(jsonPath("$.statusBasis.note.en").value("Implementation begun during the programme.")));
        mvc.perform(json(post("/api/work-packages/" + id + "/measures"), "{\"code\":\"TP2.1\",\"title\":{\"fi\":\"HV- ja YTA-alueiden TKKI-rakenne\"},"
                        + "\"basis\":{\"kind\":\"SOURCE\",\"source\":\"[001] roadmap slide\"}}").with(Tokens.admin()).header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures[0].basis.kind").value("SOURCE"))
                .andExpect(jsonPath("$.measures[0].workPackageCode").value("TP2"))
                .andExpect(jsonPath("$.measures[0].programmeCode").value(programmeCode));
        mvc.perform(get("/api/work-packages/" + id + "/measures").with(Tokens.viewer()))
                .andExpect(jsonPath("$[0].programmeCode").value(programmeCode));
        try (TopicRecords topic = new TopicRecords(broker, Topics.WORK_PACKAGES)) {
            String defined = TopicRecords.data(topic.awaitRecord(id, WorkPackageEvents.DEFINED.type()));
            EventSchemaValidator.assertValid(WorkPackageEvents.DEFINED, defined);
            assertThat(JsonPath.<String>read(defined, "$.workPackage.programmeCode")).isEqualTo(programmeCode);
            assertThat(JsonPath.<String>read(defined, "$.workPackage.notes[0].text.fi")).isEqualTo("TP2 sisältää 2022 alkavaa toimintaa");
            assertThat(JsonPath.<String>read(defined, "$.workPackage.statusBasis.kind")).isEqualTo("INFERENCE");
            String added = TopicRecords.data(topic.awaitRecord(id, WorkPackageEvents.MEASURE_ADDED.type()));
            EventSchemaValidator.assertValid(WorkPackageEvents.MEASURE_ADDED, added);
            assertThat(JsonPath.<String>read(added, "$.programmeCode")).isEqualTo(programmeCode);
            assertThat(JsonPath.<String>read(added, "$.workPackageCode")).isEqualTo("TP2");
            assertThat(JsonPath.<String>read(added, "$.measures[0].basis.kind")).isEqualTo("SOURCE");
        }
        mvc.perform(json(post("/api/work-packages"), workPackage(programmeId, "TP9", "[]").replaceFirst("}$",
                        ",\"statusBasis\":{\"kind\":\"INFERENCE\",\"source\":\"[001]\"}}")).with(Tokens.admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(post("/api/work-packages"), workPackage(programmeId, "TP8", "[]").replaceFirst("}$",
                        ",\"basis\":{\"kind\":\"GUESS\"},\"notes\":[{\"text\":{}}]}")).with(Tokens.admin()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void measures_keep_their_ids_and_lineage_through_rename_split_merge_and_drop() throws Exception {
        String id = idOf(define("TP3", "[]"));
        String etag = "\"0\"";
        etag = etagOf(mvc.perform(json(post("/api/work-packages/" + id + "/measures"),
                measure("TP3.2", "Sosiaalihuollon lainsäädännön uudistus")).with(Tokens.admin()).header("If-Match", etag)).andExpect(status().isOk()));
        etag = etagOf(mvc.perform(json(post("/api/work-packages/" + id + "/measures"),
                measure("TP3.3", "Palvelurakenteen vahvistaminen")).with(Tokens.admin()).header("If-Match", etag)).andExpect(status().isOk()));
        String measures = mvc.perform(get("/api/work-packages/" + id + "/measures").with(Tokens.viewer())).andReturn().getResponse().getContentAsString();
        String law = JsonPath.read(measures, "$[0].id");
        String structure = JsonPath.read(measures, "$[1].id");

        etag = etagOf(mvc.perform(json(put("/api/work-packages/" + id + "/measures/" + law),
                measure("TP3.2", "Sosiaalihuoltolain kokonaisuudistus")).with(Tokens.admin()).header("If-Match", etag)).andExpect(status().isOk()));
        etag = etagOf(mvc.perform(json(post("/api/work-packages/" + id + "/measures/" + structure + "/split"),
                "{\"into\":[" + measure("TP3.3A", "Porrasteisuus") + "," + measure("TP3.3B", "Keskittämisasetus") + "],\"reason\":\"Kaksi valmistelua\"}")
                .with(Tokens.admin()).header("If-Match", etag)).andExpect(status().isOk()));
        String afterSplit = mvc.perform(get("/api/work-packages/" + id + "/measures").with(Tokens.viewer())).andReturn().getResponse().getContentAsString();
        List<String> parts = JsonPath.read(afterSplit, "$[?(@.status == 'ACTIVE' && @.code =~ /TP3.3./)].id");
        etag = etagOf(mvc.perform(json(post("/api/work-packages/" + id + "/measures/merge"),
                "{\"measureIds\":[\"" + parts.get(0) + "\",\"" + parts.get(1) + "\"],\"into\":" + measure("TP3.3", "Palvelurakenne") + "}")
                .with(Tokens.admin()).header("If-Match", etag)).andExpect(status().isOk()));
        mvc.perform(json(post("/api/work-packages/" + id + "/measures/" + law + "/drop"), "{\"reason\":\"Lakiuudistus valmis\"}")
                        .with(Tokens.admin()).header("If-Match", etag))
                .andExpect(status().isOk());

        String all = mvc.perform(get("/api/work-packages/" + id + "/measures").with(Tokens.viewer())).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(all, "$[0].id")).isEqualTo(law);
        assertThat(JsonPath.<String>read(all, "$[0].title.fi")).isEqualTo("Sosiaalihuoltolain kokonaisuudistus");
        assertThat(JsonPath.<String>read(all, "$[0].status")).isEqualTo("DROPPED");
        assertThat(JsonPath.<List<String>>read(all, "$[1].successors")).containsExactlyElementsOf(parts);
        List<String> merged = JsonPath.read(all, "$[?(@.code == 'TP3.3' && @.status == 'ACTIVE')].predecessors[*]");
        assertThat(merged).containsExactlyElementsOf(parts);

        try (TopicRecords topic = new TopicRecords(broker, Topics.WORK_PACKAGES)) {
            for (var contract : List.of(WorkPackageEvents.DEFINED, WorkPackageEvents.MEASURE_ADDED, WorkPackageEvents.MEASURE_REVISED,
                    WorkPackageEvents.MEASURE_SPLIT, WorkPackageEvents.MEASURES_MERGED, WorkPackageEvents.MEASURE_DROPPED)) {
                EventSchemaValidator.assertValid(contract, TopicRecords.data(topic.awaitRecord(id, contract.type())));
            }
        }
    }

    @Test
    void a_work_package_depends_only_on_work_packages_of_its_programme_and_its_revision_is_kept() throws Exception {
        String tp1 = idOf(define("TP1", "[\"I\"]"));
        String tp2 = idOf(mvc.perform(json(post("/api/work-packages"),
                workPackage(programmeId, "TP2", "[]").replace("\"dependsOn\":[]", "\"dependsOn\":[\"" + tp1 + "\"]")).with(Tokens.admin())));
        mvc.perform(json(put("/api/work-packages/" + tp2), workPackage(programmeId, "TP2", "[]")
                        .replace("\"dependsOn\":[]", "\"dependsOn\":[\"" + UUID.randomUUID() + "\"]")).with(Tokens.admin()).header("If-Match", "\"0\""))
                .andExpect(status().isUnprocessableContent());
        Instant before = Instant.now();
        mvc.perform(json(put("/api/work-packages/" + tp2), workPackage(programmeId, "TP2", "[]").replace("ACTIVE", "COMPLETED"))
                        .with(Tokens.admin()).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        mvc.perform(get("/api/work-packages/" + tp2 + "?asOf=" + before).with(Tokens.viewer()))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.dependsOn[0]").value(tp1));
    }

    private ResultActions define(String code, String goals) throws Exception {
        return mvc.perform(json(post("/api/work-packages"), workPackage(programmeId, code, goals)).with(Tokens.admin()));
    }

    private static String workPackage(String programmeId, String code, String goals) {
        return """
                {"programmeId":"%s","code":"%s","title":{"fi":"Palvelurakenneuudistuksen tukeminen","en":"Supporting the service-structure reform"},\
                "goalCodes":%s,"termIds":["2023-2027"],"owner":"STM","status":"ACTIVE","dependsOn":[]}""".formatted(programmeId, code, goals);
    }

    private static String measure(String code, String finnishTitle) {
        return "{\"code\":\"" + code + "\",\"title\":{\"fi\":\"" + finnishTitle + "\"},\"termIds\":[\"2023-2027\"]}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String idOf(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static String etagOf(ResultActions result) {
        return result.andReturn().getResponse().getHeader("ETag");
    }
}
