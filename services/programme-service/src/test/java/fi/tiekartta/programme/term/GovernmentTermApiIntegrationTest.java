package fi.tiekartta.programme.term;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.contracts.Topics;
import fi.tiekartta.contracts.term.GovernmentTermEvents;
import fi.tiekartta.testing.EventSchemaValidator;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import fi.tiekartta.testing.TopicRecords;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The terms API on the seeded reference data; the tests build on each other in order, like an admin would. */
@ServiceIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GovernmentTermApiIntegrationTest {

    static final String NEXT_TERM = """
            {"firstYear":2031,"electionDate":"2031-04-20","startDate":null,"endDate":null,"governments":[]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    EmbeddedKafkaBroker kafka;

    @Test
    @Order(1)
    void the_three_terms_of_the_roadmap_are_reference_data_for_every_reader() throws Exception {
        mvc.perform(get("/api/government-terms").with(Tokens.user("reporter", "region-reporter")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", contains("2019-2023", "2023-2027", "2027-2031")))
                .andExpect(jsonPath("$[0].governments[*].primeMinister", contains("Antti Rinne", "Sanna Marin")))
                .andExpect(jsonPath("$[0].label.fi").value("hallituskausi 2019–2023"))
                .andExpect(jsonPath("$[1].label.sv").value("regeringsperioden 2023–2027"))
                .andExpect(jsonPath("$[2].electionDate").value("2027-04-18"))
                .andExpect(jsonPath("$[0].lastChangedBy").value("reference-data"));
    }

    @Test
    @Order(2)
    void only_admins_add_terms_and_the_next_one_must_follow_the_latest() throws Exception {
        mvc.perform(post("/api/government-terms").with(Tokens.viewer()).contentType(MediaType.APPLICATION_JSON).content(NEXT_TERM))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/government-terms").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEXT_TERM.replace("2031", "2035")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("starts in 2031")));

        mvc.perform(post("/api/government-terms").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(NEXT_TERM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/government-terms/2031-2035")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.lastChangedBy").value("stm-admin"));
        mvc.perform(post("/api/government-terms").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(NEXT_TERM))
                .andExpect(status().is4xxClientError());
    }

    @Test
    @Order(3)
    void a_change_needs_the_current_etag_and_is_kept_in_the_history() throws Exception {
        String ended = """
                {"electionDate":"2023-04-02","startDate":"2023-06-20","endDate":"2027-06-10",
                 "governments":[{"number":77,"primeMinister":"Petteri Orpo","appointed":"2023-06-20","ended":"2027-06-10"}]}""";
        Instant beforeChange = Instant.now();

        mvc.perform(put("/api/government-terms/2023-2027").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(ended))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/government-terms/2023-2027").with(Tokens.admin()).header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON).content(ended))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/government-terms/2023-2027").with(Tokens.viewer()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(ended))
                .andExpect(status().isForbidden());

        mvc.perform(put("/api/government-terms/2023-2027").with(Tokens.admin()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(ended))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.endDate").value("2027-06-10"));

        mvc.perform(get("/api/government-terms/2023-2027/history").with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].version").value(1))
                .andExpect(jsonPath("$[1].by").value("stm-admin"))
                .andExpect(jsonPath("$[1].changes[*].field", hasItem("endDate")));
        mvc.perform(get("/api/government-terms/2023-2027?asOf=" + beforeChange).with(Tokens.viewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.endDate").doesNotExist());
        mvc.perform(get("/api/government-terms/2023-2027?asOf=2000-01-01T00:00:00Z").with(Tokens.viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/government-terms/2023-2027?asOf=yesterday").with(Tokens.viewer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    @Order(4)
    void additions_and_changes_are_published_and_match_their_schemas() throws Exception {
        try (TopicRecords topic = new TopicRecords(kafka, Topics.PROGRAMMES)) {
            var added = topic.awaitRecord("2031-2035", GovernmentTermEvents.ADDED.type());
            EventSchemaValidator.assertValid(GovernmentTermEvents.ADDED, TopicRecords.data(added));
            var changed = topic.awaitRecord("2023-2027", GovernmentTermEvents.CHANGED.type());
            EventSchemaValidator.assertValid(GovernmentTermEvents.CHANGED, TopicRecords.data(changed));
            assertThat(JsonPath.<String>read(TopicRecords.data(changed), "$.endDate")).isEqualTo("2027-06-10");
            assertThat(TopicRecords.header(changed, "ce_aggregateversion")).isEqualTo("1");
            var seeded = topic.awaitRecord("2019-2023", GovernmentTermEvents.ADDED.type());
            EventSchemaValidator.assertValid(GovernmentTermEvents.ADDED, TopicRecords.data(seeded));
        }
    }

    @Test
    @Order(5)
    void a_term_cannot_be_changed_into_another_term() throws Exception {
        String current = mvc.perform(get("/api/government-terms/2027-2031").with(Tokens.viewer())).andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/government-terms/2027-2031").with(Tokens.admin()).header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstYear\":2028,\"electionDate\":\"2027-04-18\",\"governments\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/government-terms/2027-2031").with(Tokens.admin()).header("If-Match", current)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"electionDate\":\"2027-04-18\",\"startDate\":\"2027-03-01\",\"governments\":[]}"))
                .andExpect(status().isUnprocessableContent());
    }
}
