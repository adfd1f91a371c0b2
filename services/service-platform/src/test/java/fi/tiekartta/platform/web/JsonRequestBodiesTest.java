package fi.tiekartta.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class JsonRequestBodiesTest {

    record Command(String value) {
    }

    @RestController
    static class Sample {

        @PostMapping("/json")
        String json(@RequestBody Command command) {
            return command.value();
        }

        @PostMapping(path = "/documents", consumes = {"application/json", "application/yaml"})
        String document(@RequestBody byte[] body) {
            return "read " + body.length;
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Sample())
            .setControllerAdvice(new ProblemDetailsAdvice(), new JsonRequestBodies()).build();

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=UTF-8", "application/json; charset=\"utf-8\""})
    void json_in_utf_8_is_read(String type) {
        assertThat(JsonRequestBodies.isJsonInUtf8(MediaType.parseMediaType(type))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;charset=UTF-16", "application/json;charset=ISO-8859-1", "application/yaml",
            "application/merge-patch+json", "text/json", "application/x-www-form-urlencoded"})
    void anything_else_is_not(String type) {
        assertThat(JsonRequestBodies.isJsonInUtf8(MediaType.parseMediaType(type))).isFalse();
    }

    @Test
    void a_json_body_in_utf_16_is_415_problem_json() throws Exception {
        mvc.perform(post("/json").contentType("application/json;charset=UTF-16").content("{\"value\":\"x\"}".getBytes("UTF-16")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Accept", "application/json"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/json").contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"x\"}"))
                .andExpect(status().isOk()).andExpect(content().string("x"));
    }

    @Test
    void an_endpoint_that_names_the_types_it_takes_takes_them() throws Exception {
        mvc.perform(post("/documents").contentType("application/yaml").content("value: x"))
                .andExpect(status().isOk()).andExpect(content().string("read 8"));
    }
}
