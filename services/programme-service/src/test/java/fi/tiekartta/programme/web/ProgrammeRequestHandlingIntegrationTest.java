package fi.tiekartta.programme.web;

import com.jayway.jsonpath.JsonPath;
import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How programme-service takes a request before any rule of programmes is asked: authorization before the body,
 * JSON only, clean texts, and a Location that no forwarded header can point elsewhere (issue 12's reproducers).
 */
@ServiceIntegrationTest
class ProgrammeRequestHandlingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_viewer_posting_an_invalid_programme_gets_403_not_a_description_of_the_body() throws Exception {
        mvc.perform(post("/api/programmes").with(Tokens.viewer()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":1}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Your role does not allow this."))
                .andExpect(jsonPath("$.errors").doesNotExist());
        mvc.perform(post("/api/programmes").with(Tokens.viewer()).contentType("application/yaml").content("code: 1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_admin_posting_the_same_body_gets_400_naming_the_field() throws Exception {
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content("{\"code\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message", containsString("must be a JSON string, not a number")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "12.5", "[\"T-1\"]", "{\"fi\":\"x\"}"})
    void a_text_field_takes_no_other_json_value(String value) throws Exception {
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(programmeJson(uniqueCode()).replace("\"ownerOrganisation\":\"STM\"", "\"ownerOrganisation\":" + value)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerOrganisation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/yaml", "text/yaml", "application/json;charset=UTF-16", "application/json;charset=ISO-8859-1",
            "application/x-www-form-urlencoded", "text/plain", "application/merge-patch+json"})
    void a_body_that_is_not_json_in_utf_8_is_415(String contentType) throws Exception {
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(contentType)
                        .content(programmeJson(uniqueCode()).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=UTF-8", "application/json; charset=utf-8"})
    void json_in_utf_8_is_taken(String contentType) throws Exception {
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(contentType)
                        .content(programmeJson(uniqueCode()).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\u202e", "\\u2066", "\\ud800", "x\\udc00"})
    void a_text_with_a_control_a_bidi_override_or_a_lone_surrogate_is_400_naming_the_field(String escaped) throws Exception {
        String body = programmeJson(uniqueCode()).replace("Sosiaalihuollon kehittämisohjelma", "Ohjelma " + escaped + " nimi");
        mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("names.fi"))
                .andExpect(jsonPath("$.errors[0].message", containsString("must not contain")));
    }

    @Test
    void tabs_line_breaks_and_characters_outside_the_bmp_are_kept() throws Exception {
        String body = programmeJson(uniqueCode()).replace("Tieto- ja tutkimusperustainen sosiaalihuolto",
                "Rivi 1\\nRivi 2\\r\\n\\tsisennys \\ud83d\\ude00 \\u200f");
        String created = mvc.perform(post("/api/programmes").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(created, "$.vision.fi")).isEqualTo("Rivi 1\nRivi 2\r\n\tsisennys \uD83D\uDE00 \u200F");
    }

    @Test
    void the_location_of_a_new_programme_never_names_a_forwarded_host() throws Exception {
        var response = mvc.perform(post("/api/programmes").with(Tokens.admin())
                        .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                        .header("Forwarded", "host=evil.example;proto=https")
                        .contentType(MediaType.APPLICATION_JSON).content(programmeJson(uniqueCode())))
                .andExpect(status().isCreated())
                .andReturn().getResponse();
        String id = JsonPath.read(response.getContentAsString(), "$.id");
        // relative to the address the client called: through the gateway, the gateway's
        assertThat(response.getHeader("Location")).isEqualTo("/api/programmes/" + id);
        mvc.perform(get(response.getHeader("Location")).with(Tokens.viewer())).andExpect(status().isOk());
    }

    @Test
    void an_imported_roadmap_is_held_to_the_same_texts() throws Exception {
        String roadmap = """
                format: tiekartta-roadmap/v1
                source: test
                programmes:
                  - code: %s
                    names: {fi: "Ohjelma"}
                    level: NATIONAL
                    ownerOrganisation: STM
                    vision: {fi: "Näkyy \\u202Etoisin"}
                    termIds: ["2023-2027"]
                    status: ACTIVE
                """.formatted(uniqueCode());
        mvc.perform(post("/api/roadmap-imports").with(Tokens.admin()).contentType("application/yaml").content(roadmap))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("programmes[0].vision.fi"))
                .andExpect(jsonPath("$.errors[0].message", containsString("U+202E")));
    }

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String programmeJson(String code) {
        return """
                {"code":"%s","names":{"fi":"Sosiaalihuollon kehittämisohjelma","original":"fi"},"level":"NATIONAL",\
                "ownerOrganisation":"STM","vision":{"fi":"Tieto- ja tutkimusperustainen sosiaalihuolto"},\
                "termIds":["2023-2027"],"status":"ACTIVE"}""".formatted(code);
    }
}
