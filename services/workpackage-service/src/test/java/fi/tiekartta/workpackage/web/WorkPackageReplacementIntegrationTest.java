package fi.tiekartta.workpackage.web;

import fi.tiekartta.testing.ServiceIntegrationTest;
import fi.tiekartta.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A work package replaced by PUT must name its owner again; a new one need not (issue 12: required fields on PUT). */
@ServiceIntegrationTest
class WorkPackageReplacementIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_replacement_without_an_owner_is_400_naming_the_owner() throws Exception {
        for (String withoutOwner : new String[] {workPackage(null), workPackage("\"  \""), workPackage("null")}) {
            mvc.perform(put("/api/work-packages/" + UUID.randomUUID()).with(Tokens.admin()).header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON).content(withoutOwner))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", contains("owner")));
        }
    }

    @Test
    void a_replacement_with_an_owner_gets_past_validation_and_a_viewer_gets_403_whatever_the_body() throws Exception {
        mvc.perform(put("/api/work-packages/" + UUID.randomUUID()).with(Tokens.admin()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(workPackage("\"STM\"")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/work-packages/" + UUID.randomUUID()).with(Tokens.viewer()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(workPackage(null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_new_work_package_may_leave_the_owner_out() throws Exception {
        // validation passes; the unknown programme is the domain's answer (422), not a 400 about the owner
        mvc.perform(post("/api/work-packages").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON).content(workPackage(null)))
                .andExpect(status().isUnprocessableContent());
    }

    /** @param owner the JSON value of {@code owner}, or null to leave the field out */
    private static String workPackage(String owner) {
        return """
                {"programmeId":"%s","code":"TP9","title":{"fi":"Palvelurakenneuudistuksen tukeminen"},\
                "termIds":["2023-2027"],%s"status":"ACTIVE"}""".formatted(UUID.randomUUID(), owner == null ? "" : "\"owner\":" + owner + ",");
    }
}
