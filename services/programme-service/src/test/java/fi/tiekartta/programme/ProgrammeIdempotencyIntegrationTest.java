package fi.tiekartta.programme;

import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A client that did not hear the answer to its {@code POST /api/programmes} (the gateway answered 5xx after the
 * programme was stored) retries with the same {@code Idempotency-Key}: it gets the first 201 again, and there is one
 * programme. The platform's filter does this for every creating endpoint of every service (ADR 13).
 */
@ServiceIntegrationTest
class ProgrammeIdempotencyIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @Test
    void a_retried_definition_with_the_same_key_answers_the_first_201_and_defines_one_programme() throws Exception {
        String code = uniqueCode();
        String key = UUID.randomUUID().toString();

        MockHttpServletResponse first = mvc.perform(define(key, programmeJson(code)))
                .andExpect(status().isCreated()).andReturn().getResponse();
        MockHttpServletResponse retry = mvc.perform(define(key, programmeJson(code)))
                .andExpect(status().isCreated()).andReturn().getResponse();

        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location")).contains("/api/programmes/");
        assertThat(retry.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(mongo.find(Query.query(Criteria.where("state.code").is(code)), org.bson.Document.class, "programmes")).hasSize(1);
    }

    @Test
    void the_same_key_with_another_body_is_a_422_problem_and_defines_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = uniqueCode();
        mvc.perform(define(key, programmeJson(code))).andExpect(status().isCreated());

        String otherCode = uniqueCode();
        mvc.perform(define(key, programmeJson(otherCode)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(mongo.find(Query.query(Criteria.where("state.code").is(otherCode)), org.bson.Document.class, "programmes")).isEmpty();
    }

    private static MockHttpServletRequestBuilder define(String key, String body) {
        return post("/api/programmes").with(Tokens.admin()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String uniqueCode() {
        return "I-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String programmeJson(String code) {
        return """
                {"code":"%s","names":{"fi":"Sosiaalihuollon kehittämisohjelma","original":"fi"},"level":"NATIONAL",\
                "ownerOrganisation":"STM","goals":[{"code":"I","title":{"fi":"Strateginen linjaus ja koonta"}}],\
                "termIds":["2023-2027"],"status":"ACTIVE"}""".formatted(code);
    }
}
