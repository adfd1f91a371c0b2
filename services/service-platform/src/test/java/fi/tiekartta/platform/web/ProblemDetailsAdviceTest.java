package fi.tiekartta.platform.web;

import fi.tiekartta.kernel.DomainRuleViolation;
import fi.tiekartta.platform.application.ConflictException;
import fi.tiekartta.platform.application.ResourceNotFoundException;
import jakarta.validation.constraints.Max;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemDetailsAdviceTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SampleController())
            .setControllerAdvice(new ProblemDetailsAdvice()).addInterceptors(new KnownQueryParameters()).build();

    @Test
    void a_broken_domain_rule_is_a_422_problem_with_the_rule_in_plain_words() throws Exception {
        mvc.perform(post("/sample").contentType(MediaType.APPLICATION_JSON).content("{\"value\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("A measure cannot be merged into itself."));
    }

    @Test
    void an_out_of_range_parameter_is_a_400_problem_naming_the_parameter() throws Exception {
        mvc.perform(get("/sample?size=500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void a_body_that_is_not_json_is_a_400_problem() throws Exception {
        mvc.perform(post("/sample").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The request body is missing or is not valid JSON."));
    }

    @Test
    void a_query_parameter_the_endpoint_does_not_take_is_a_400_problem_naming_it() throws Exception {
        mvc.perform(get("/sample?size=5&cod=SHKO"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Unknown query parameter(s) [cod]; this endpoint takes [size]."));
        mvc.perform(get("/sample/404?x=%ZZ")).andExpect(status().isBadRequest());
        mvc.perform(get("/sample?size=5")).andExpect(status().isOk());
    }

    @Test
    void unknown_resources_are_404_problems() throws Exception {
        mvc.perform(get("/sample/404")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Sample 404 does not exist."));
    }

    @RestController
    static class SampleController {

        record Command(String value) {
        }

        @PostMapping("/sample")
        void command(@RequestBody Command command) {
            throw new DomainRuleViolation("A measure cannot be merged into itself.");
        }

        @GetMapping("/sample")
        String list(@RequestParam @Max(200) int size) {
            return "ok";
        }

        @GetMapping("/sample/404")
        String missing() {
            throw new ResourceNotFoundException("Sample", "404");
        }
    }
}
