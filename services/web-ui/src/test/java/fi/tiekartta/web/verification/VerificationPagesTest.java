package fi.tiekartta.web.verification;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.api.ApiProblem.FieldProblem;
import fi.tiekartta.web.api.RegionsApi;
import fi.tiekartta.web.api.ServiceApi.Versioned;
import fi.tiekartta.web.reporting.WorkJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

import static fi.tiekartta.web.reporting.WorkJson.model;
import static fi.tiekartta.web.reporting.WorkJson.node;
import static fi.tiekartta.web.reporting.WorkJson.problem;
import static fi.tiekartta.web.reporting.WorkJson.versioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The verifier's queue and report page against region-service's answers captured from the dev stack. */
@SpringBootTest
@AutoConfigureMockMvc
class VerificationPagesTest {

    static final String OPEN = "c155c277-3842-40c5-8add-7d46d19ab03e";
    static final String CLOSED = "21e2299b-cd2a-4f96-9241-d94e3f8433e3";
    static final String SUBMITTED_17 = "f067b6b2-2621-3efe-a4ec-875b9b0b99f3";
    static final String SUBMITTED_09 = "6492398b-50e2-3d77-84ff-d2a8a622df53";
    static final String SUBMITTED_90 = "b59bd15b-ac10-3cd3-811a-31e919e303ec";
    static final String CORRECTED_17 = "a220a5cf-ee6d-38db-b108-0dd0e45f4d44";
    static final String REPORT_17 = "/verification/regions/17/reports/" + SUBMITTED_17;
    static final String CLOSED_REPORT_17 = "/verification/regions/17/reports/" + CORRECTED_17;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionsApi regions;

    @BeforeEach
    void theDevStacksAnswers() {
        when(regions.rounds()).thenReturn(model("rounds.json"));
        when(regions.round(OPEN)).thenReturn(model("round-open.json"));
        when(regions.round(CLOSED)).thenReturn(model("round-closed.json"));
        when(regions.matrix(OPEN, null)).thenReturn(model("matrix-open.json"));
        when(regions.matrix(CLOSED, null)).thenReturn(model("matrix-closed.json"));
        when(regions.report("17", SUBMITTED_17)).thenReturn(versioned("report-open-17-tp61-submitted.json"));
        when(regions.report("09", SUBMITTED_09)).thenReturn(versioned("report-open-09-tp61-submitted.json"));
        when(regions.report("90", SUBMITTED_90)).thenReturn(versioned("report-open-90-tp41-submitted.json"));
        when(regions.report("17", CORRECTED_17)).thenReturn(versioned("report-closed-17-tp62.json"));
        when(regions.report("17", "f1adf262-a4aa-3b4d-9715-94beafcc677f")).thenReturn(versioned("report-closed-17-tp71-submitted.json"));
    }

    @Test
    void theQueueListsTheSubmittedReportsOfEveryRegionByRoundTheOldestFirst() throws Exception {
        mvc.perform(get("/verification").with(SignedIn.verifier()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Tarkastusjono</h1>"),
                        containsString("id=\"queue-item-" + SUBMITTED_90 + "\""),
                        containsString("href=\"" + REPORT_17 + "\""),
                        containsString("Korjaa tarkastettu arvo"),
                        // the closed round's oldest submission (08:46:41) comes before the open round's (08:46:42…)
                        stringContainsInOrder("id=\"queue-round-" + CLOSED + "\"", "id=\"queue-round-" + OPEN + "\""),
                        containsString("id=\"correctable-round-" + CLOSED + "\""),
                        stringContainsInOrder("queue-item-" + SUBMITTED_09, "queue-item-" + SUBMITTED_17, "queue-item-" + SUBMITTED_90))));
    }

    @Test
    void aReporterHasNoQueue() throws Exception {
        mvc.perform(get("/verification").with(SignedIn.reporterOfPaijatHame()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Ei käyttöoikeutta")));
    }

    @Test
    void aSubmittedReportOffersVerifyWithTheRegionsValuesAndReturn() throws Exception {
        mvc.perform(get(REPORT_17).with(SignedIn.verifier()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"verify-form\""), containsString("id=\"return-form\""),
                        containsString("data-live-keep"),
                        containsString("value=\"PARTIAL\" checked=\"checked\""),
                        containsString("name=\"version\" value=\"1\""),
                        containsString("Esimerkki, ei todellista tietoa"))));
    }

    @Test
    void verifyingPostsTheVerifiersOwnValueAndCommentWithTheVersionSeen() throws Exception {
        mvc.perform(post(REPORT_17 + "/verify").with(SignedIn.verifier()).with(csrf()).param("version", "1")
                        .param("verify-level", "PARTIAL").param("verify-share", "60").param("verify-shareBasis", "MUNICIPALITIES")
                        .param("verify-comment", "Tarkistettu kuntien tiedoista."))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/verification?done=verified"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(regions).verifyReport(eq("17"), eq(SUBMITTED_17), body.capture(), eq("\"1\""));
        assertThat(WorkJson.JSON.writeValueAsString(body.getValue()))
                .isEqualTo("{\"level\":\"PARTIAL\",\"share\":60,\"shareBasis\":\"MUNICIPALITIES\",\"comment\":\"Tarkistettu kuntien tiedoista.\"}");
        mvc.perform(get("/verification?done=verified").with(SignedIn.verifier()))
                .andExpect(content().string(containsString("Raportti merkittiin tarkastetuksi.")));
    }

    @Test
    void returningNeedsACommentAndPostsIt() throws Exception {
        mvc.perform(post(REPORT_17 + "/return").with(SignedIn.verifier()).with(csrf()).param("version", "1").param("return-comment", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#return-comment\"><span>Kerro, mitä alueen pitää korjata.</span></a>"),
                        containsString("aria-describedby=\"return-comment-hint return-comment-error\" aria-invalid=\"true\""))));
        verify(regions, never()).returnReport(anyString(), anyString(), any(), any());
        mvc.perform(post(REPORT_17 + "/return").with(SignedIn.verifier()).with(csrf()).param("version", "1")
                        .param("return-comment", "Kerro, missä kunnissa malli on käytössä."))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/verification?done=returned"));
        verify(regions).returnReport("17", SUBMITTED_17, Map.of("comment", "Kerro, missä kunnissa malli on käytössä."), "\"1\"");
    }

    @Test
    void theApisErrorAppearsAtTheVerifyFormsField() throws Exception {
        when(regions.verifyReport(eq("17"), eq(SUBMITTED_17), any(), any())).thenThrow(problem(400, "Invalid request", "…",
                new FieldProblem("share", "must be less than or equal to 100")));
        mvc.perform(post(REPORT_17 + "/verify").with(SignedIn.verifier()).with(csrf()).param("version", "1")
                        .param("verify-level", "PARTIAL").param("verify-share", "101").param("verify-shareBasis", "POPULATION"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#verify-share\"><span>Anna enintään 100.</span></a>"),
                        containsString("id=\"verify-share-error\""),
                        containsString("value=\"101\""))));
    }

    @Test
    void aReportChangedMeanwhileShowsTheChangeAndARetry() throws Exception {
        ObjectNode returned = (ObjectNode) node("report-open-17-tp61-submitted.json").deepCopy();
        returned.put("status", "RETURNED").put("version", 2).put("lastChangedBy", "thl-verifier-2");
        returned.putObject("returned").put("comment", "Toinen tarkastaja palautti.").put("by", "thl-verifier-2").put("at", "2026-12-03T09:00:00Z");
        when(regions.report("17", SUBMITTED_17)).thenReturn(new Versioned(returned, "\"2\""));
        when(regions.verifyReport(eq("17"), eq(SUBMITTED_17), any(), eq("\"1\""))).thenThrow(problem(412, "Changed meanwhile", "…"));
        when(regions.get(eq(RegionsApi.REPORT + "/history"), eq("17"), eq(SUBMITTED_17))).thenReturn(WorkJson.JSON.readTree(
                "[{\"version\":0,\"by\":\"reporter-pohjanmaa\",\"at\":\"2026-12-03T08:46:42Z\",\"changes\":[]},"
                        + "{\"version\":1,\"by\":\"reporter-pohjanmaa\",\"at\":\"2026-12-03T08:46:43Z\",\"changes\":[]}]"));
        when(regions.get(eq(RegionsApi.REPORT + "?asOf={asOf}"), eq("17"), eq(SUBMITTED_17), eq("2026-12-03T08:46:43Z")))
                .thenReturn(node("report-open-17-tp61-submitted.json"));
        mvc.perform(post(REPORT_17 + "/verify").with(SignedIn.verifier()).with(csrf()).param("version", "1").param("verify-level", "PILOTING"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("Joku muutti tätä sillä välin"),
                        containsString("<td>Palautettu korjattavaksi</td>"),
                        containsString("<td>Toinen tarkastaja palautti.</td>"),
                        not(containsString("id=\"verify-form\"")))));
    }

    @Test
    void afterTheCloseTheVerifierCorrectsTheVerifiedValueWithAReason() throws Exception {
        mvc.perform(get(CLOSED_REPORT_17).with(SignedIn.verifier()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"correct-form\""), not(containsString("id=\"verify-form\"")),
                        containsString("id=\"correct-reason\""))));
        mvc.perform(post(CLOSED_REPORT_17 + "/correct").with(SignedIn.verifier()).with(csrf()).param("version", "3")
                        .param("correct-level", "PARTIAL").param("correct-share", "29").param("correct-shareBasis", "MUNICIPALITIES")
                        .param("correct-reason", "Kuntien vahvistama luku."))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(CLOSED_REPORT_17 + "?done=corrected"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(regions).correctReport(eq("17"), eq(CORRECTED_17), body.capture(), eq("\"3\""));
        assertThat(WorkJson.JSON.writeValueAsString(body.getValue())).contains("\"reason\":\"Kuntien vahvistama luku.\"")
                .contains("\"verified\":{\"level\":\"PARTIAL\",\"share\":29,\"shareBasis\":\"MUNICIPALITIES\"}");
    }

    @Test
    void withoutTheCsrfTokenNothingIsPosted() throws Exception {
        mvc.perform(post(REPORT_17 + "/return").with(SignedIn.verifier()).param("version", "1").param("return-comment", "x"))
                .andExpect(status().isForbidden());
        verify(regions, never()).returnReport(anyString(), anyString(), any(), any());
    }
}
