package fi.tiekartta.web.reporting;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.api.ApiProblem.FieldProblem;
import fi.tiekartta.web.api.RegionsApi;
import fi.tiekartta.web.api.ServiceApi.Versioned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
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

/**
 * The reporter's pages against region-service's answers captured from the dev stack (Pohjanmaa, 17): the rounds
 * with the region's cells, the form with the previous round's values offered, draft and submit posting the right
 * commands, the API's field errors at their fields, a 412 with what changed and a retry, CSRF, other regions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportingPagesTest {

    static final String OPEN = "c155c277-3842-40c5-8add-7d46d19ab03e";
    static final String CLOSED = "21e2299b-cd2a-4f96-9241-d94e3f8433e3";
    static final String TP62 = "cc7e729f-595a-409d-9ce2-8768dfc348d1";
    static final String CLOSED_REPORT = "a220a5cf-ee6d-38db-b108-0dd0e45f4d44";
    static final String NEW_REPORT = "7f2d3c4b-0000-3000-8000-000000000017";
    static final String FORM = "/reporting/regions/17/rounds/" + OPEN + "/measures/" + TP62;
    static final String CORRECTION_FORM = "/reporting/regions/17/rounds/" + CLOSED + "/measures/" + TP62;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionsApi regions;

    static RequestPostProcessor reporterOfPohjanmaa() {
        return SignedIn.as("reporter-pohjanmaa", "17", "region-reporter", "programme-viewer");
    }

    @BeforeEach
    void theDevStacksAnswers() {
        when(regions.roundsOfRegion("17")).thenReturn(model("rounds-of-region-17.json"));
        when(regions.round(OPEN)).thenReturn(model("round-open.json"));
        when(regions.round(CLOSED)).thenReturn(model("round-closed.json"));
        when(regions.matrix(OPEN, "17")).thenReturn(model("matrix-open-17.json"));
        when(regions.matrix(CLOSED, "17")).thenReturn(model("matrix-closed-17.json"));
        when(regions.reportsOfCell("17", OPEN, TP62)).thenReturn(model("cell-open-17-tp62.json"));
        when(regions.reportsOfCell("17", CLOSED, TP62)).thenReturn(model("cell-closed-17-tp62.json"));
        when(regions.report("17", CLOSED_REPORT)).thenReturn(versioned("report-closed-17-tp62.json"));
    }

    @Test
    void theRoundsListTheRegionsReportsPerMeasureWithTheirStatusInWords() throws Exception {
        mvc.perform(get("/reporting").with(reporterOfPohjanmaa()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Alueen raportit</h1>"),
                        containsString("Pohjanmaan hyvinvointialue"),
                        containsString("Lähetetty, odottaa tarkastusta"),
                        containsString("Täytä raportti"),
                        containsString("id=\"report-link-" + OPEN + "-" + TP62 + "\""),
                        containsString("Esimerkki, ei todellista tietoa"),
                        containsString("aria-current=\"page\""))));
    }

    @Test
    void aViewerHasNoReportingPageAndNoLinkToIt() throws Exception {
        mvc.perform(get("/reporting").with(SignedIn.viewer())).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Ei käyttöoikeutta")));
        mvc.perform(get("/accessibility").with(SignedIn.viewer()))
                .andExpect(content().string(allOf(not(containsString("href=\"/reporting\"")), not(containsString("href=\"/verification\"")))));
    }

    @Test
    void theFormOffersThePreviousRoundsValuesWithoutCopyingThem() throws Exception {
        mvc.perform(get(FORM).with(reporterOfPohjanmaa()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<form id=\"report-form\" method=\"post\" action=\"" + FORM + "\" data-live-keep"),
                        containsString("name=\"_csrf\""),
                        containsString("Edellisen kierroksen arvot"),
                        containsString("id=\"use-previous\""),
                        containsString("Käytössä osassa aluetta, 29 % kunnista"),
                        containsString("<legend>Toteutuksen taso</legend>"),
                        not(containsString("value=\"PARTIAL\" checked")))));
        mvc.perform(get(FORM).param("prefill", "previous").with(reporterOfPohjanmaa()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"prefilled-notice\""),
                        containsString("value=\"PARTIAL\" checked=\"checked\""),
                        containsString("value=\"29\""),
                        containsString("neljässä alueen neljästätoista kunnasta"))));
        verify(regions, never()).draftReport(anyString(), any());
    }

    @Test
    void savingADraftPostsTheReportToTheApiAndRedirectsWithANotice() throws Exception {
        when(regions.draftReport(eq("17"), any())).thenReturn(new Versioned(draft(), "\"0\""));
        mvc.perform(post(FORM).with(reporterOfPohjanmaa()).with(csrf())
                        .param("version", "").param("action", "save")
                        .param("level", "PARTIAL").param("share", "35,5").param("shareBasis", "POPULATION")
                        .param("narrativeLanguage", "sv").param("narrative", "I bruk i Vasa.")
                        .param("evidence-0-url", "https://example.org/beslut").param("evidence-0-title", "Beslut")
                        .param("evidence-1-url", "").param("evidence-1-title", ""))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(FORM + "?done=saved"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(regions).draftReport(eq("17"), body.capture());
        assertThat(WorkJson.JSON.writeValueAsString(body.getValue())).isEqualTo(
                "{\"roundId\":\"" + OPEN + "\",\"measureId\":\"" + TP62 + "\",\"level\":\"PARTIAL\",\"share\":35.5,"
                        + "\"shareBasis\":\"POPULATION\",\"narrative\":{\"sv\":\"I bruk i Vasa.\",\"original\":\"sv\"},"
                        + "\"indicators\":[],\"evidence\":[{\"url\":\"https://example.org/beslut\",\"title\":\"Beslut\"}]}");
        verify(regions, never()).submitReport(anyString(), anyString(), any());
    }

    @Test
    void submittingEditsTheDraftWithTheVersionSeenAndSubmitsWithTheNewOne() throws Exception {
        theCellHasADraft();
        ObjectNode saved = draft().put("version", 2);
        when(regions.editReport(eq("17"), eq(NEW_REPORT), any(), eq("\"1\""))).thenReturn(new Versioned(saved, "\"2\""));
        mvc.perform(post(FORM).with(reporterOfPohjanmaa()).with(csrf())
                        .param("version", "1").param("action", "submit").param("level", "PILOTING").param("narrative", "Pilotti Vaasassa."))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(FORM + "?done=submitted"));
        verify(regions).submitReport("17", NEW_REPORT, "\"2\"");
        mvc.perform(get(FORM + "?done=submitted").with(reporterOfPohjanmaa()))
                .andExpect(content().string(containsString("Raportti lähetettiin tarkastettavaksi.")));
    }

    @Test
    void theApisFieldErrorsAppearAtTheirFieldsAndInTheSummary() throws Exception {
        when(regions.draftReport(eq("17"), any())).thenThrow(problem(400, "Invalid request",
                "The request has 2 invalid field(s): evidence[0].url, share.",
                new FieldProblem("evidence[0].url", "must be an http or https address"),
                new FieldProblem("share", "must be less than or equal to 100")));
        mvc.perform(post(FORM).with(reporterOfPohjanmaa()).with(csrf())
                        .param("action", "save").param("level", "PARTIAL").param("share", "150").param("shareBasis", "POPULATION")
                        .param("evidence-0-url", "ftp://x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("<h2 id=\"error-summary-title\" tabindex=\"-1\" autofocus>Tarkista nämä kohdat</h2>"),
                        containsString("<a href=\"#share\"><span>Anna enintään 100.</span></a>"),
                        stringContainsInOrder("<a href=\"#share\">", "<a href=\"#evidence-0-url\">"),
                        containsString("<a href=\"#evidence-0-url\">"),
                        containsString("id=\"share-error\""),
                        containsString("id=\"share\" name=\"share\" value=\"150\""),
                        containsString("inputmode=\"decimal\" aria-describedby=\"share-hint share-error\" aria-invalid=\"true\""),
                        containsString("Anna osoite, joka alkaa http:// tai https://."),
                        containsString("value=\"ftp://x\""))));
    }

    @Test
    void aRuleViolationWithoutAFieldIsPlacedAtTheFieldItConcerns() throws Exception {
        when(regions.draftReport(eq("17"), any())).thenThrow(problem(422, "Rule violated",
                "A measure in use in part of the region needs the share covered (0–100 %) and whether it is a share of the population or of the municipalities."));
        mvc.perform(post(FORM).with(reporterOfPohjanmaa()).with(csrf()).param("action", "save").param("level", "PARTIAL"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#share\">"),
                        containsString("Kun toimenpide on käytössä osassa aluetta, anna kattavuus"))));
    }

    @Test
    void anUnknownMessageIsShownInTheApisEnglishMarkedAsEnglish() throws Exception {
        when(regions.draftReport(eq("17"), any())).thenThrow(problem(400, "Invalid request", "…",
                new FieldProblem("narrative.fi", "something new the page does not know")));
        mvc.perform(post(FORM).with(reporterOfPohjanmaa()).with(csrf()).param("action", "save").param("narrative", "x")
                        .param("lang", "sv"))
                .andExpect(content().string(containsString("<span lang=\"en\">something new the page does not know</span>")));
    }

    @Test
    void aShareThatIsNotANumberIsRefusedByThePageWithoutCallingTheApi() throws Exception {
        mvc.perform(post(FORM).with(reporterOfPohjanmaa()).with(csrf()).param("action", "save").param("share", "paljon"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Anna luku, esimerkiksi 35 tai 35,5.")));
        verify(regions, never()).draftReport(anyString(), any());
    }

    @Test
    void aChangeMeanwhileShowsWhatChangedAndOffersARetryKeepingTheInput() throws Exception {
        theCellHasADraft();
        ObjectNode now = draft().put("version", 2).put("lastChangedBy", "reporter-pohjanmaa-2");
        ((ObjectNode) now.path("selfReport")).put("level", "PLANNING");
        when(regions.report("17", NEW_REPORT)).thenReturn(new Versioned(draft().put("version", 1), "\"1\""), new Versioned(now, "\"2\""));
        when(regions.editReport(eq("17"), eq(NEW_REPORT), any(), eq("\"1\""))).thenThrow(problem(412, "Changed meanwhile",
                "Regional report is at version 2, not 1: it was changed meanwhile."));
        when(regions.get(eq(RegionsApi.REPORT + "/history"), eq("17"), eq(NEW_REPORT))).thenReturn(WorkJson.JSON.readTree(
                "[{\"version\":1,\"by\":\"reporter-pohjanmaa\",\"at\":\"2026-12-03T08:00:00Z\",\"changes\":[]},"
                        + "{\"version\":2,\"by\":\"reporter-pohjanmaa-2\",\"at\":\"2026-12-03T09:00:00Z\",\"changes\":[]}]"));
        when(regions.get(eq(RegionsApi.REPORT + "?asOf={asOf}"), eq("17"), eq(NEW_REPORT), eq("2026-12-03T08:00:00Z"))).thenReturn(draft());
        mvc.perform(post(FORM).with(reporterOfPohjanmaa()).with(csrf())
                        .param("version", "1").param("action", "save").param("level", "ESTABLISHED").param("narrative", "Oma teksti"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("Joku muutti tätä sillä välin"),
                        containsString("reporter-pohjanmaa-2"),
                        containsString("<td>Pilotoinnissa</td>"),
                        containsString("<td>Suunnitteilla</td>"),
                        containsString("name=\"version\" value=\"2\""),
                        containsString("id=\"retry\" name=\"action\" value=\"save\""),
                        containsString("value=\"ESTABLISHED\" checked=\"checked\""),
                        containsString("Oma teksti"))));
    }

    @Test
    void afterTheCloseTheReporterCorrectsWithAReason() throws Exception {
        mvc.perform(get(CORRECTION_FORM).with(reporterOfPohjanmaa()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Korjaa raporttia"), containsString("id=\"reason\""),
                        containsString("id=\"save-correction\""))));
        mvc.perform(post(CORRECTION_FORM).with(reporterOfPohjanmaa()).with(csrf()).param("version", "3").param("action", "correct")
                        .param("level", "PARTIAL").param("share", "30").param("shareBasis", "MUNICIPALITIES").param("narrative", "Korjattu."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<a href=\"#reason\"><span>Kirjoita korjauksen syy.</span></a>")));
        mvc.perform(post(CORRECTION_FORM).with(reporterOfPohjanmaa()).with(csrf()).param("version", "3").param("action", "correct")
                        .param("level", "PARTIAL").param("share", "30").param("shareBasis", "MUNICIPALITIES").param("narrative", "Korjattu.")
                        .param("reason", "Kunnat vahvistivat luvun."))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(CORRECTION_FORM + "?done=corrected"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(regions).correctReport(eq("17"), eq(CLOSED_REPORT), body.capture(), eq("\"3\""));
        assertThat(body.getValue()).containsEntry("reason", "Kunnat vahvistivat luvun.");
        assertThat(WorkJson.JSON.writeValueAsString(body.getValue().get("selfReport"))).isEqualTo(
                "{\"level\":\"PARTIAL\",\"share\":30,\"shareBasis\":\"MUNICIPALITIES\",\"narrative\":{\"fi\":\"Korjattu.\",\"original\":\"fi\"},"
                        + "\"indicators\":[],\"evidence\":[]}");
    }

    @Test
    void aReporterOfAnotherRegionSeesTheReportReadOnlyAndGetsTheApis403() throws Exception {
        mvc.perform(get(FORM).with(SignedIn.reporterOfPaijatHame()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"report-form\"")), containsString("Vain alueen 17 raportoija"))));
        when(regions.draftReport(eq("17"), any())).thenThrow(problem(403, "Forbidden", "Your role does not allow this."));
        mvc.perform(post(FORM).with(SignedIn.reporterOfPaijatHame()).with(csrf()).param("action", "save").param("level", "PLANNING"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Ei käyttöoikeutta")));
    }

    @Test
    void withoutTheCsrfTokenNothingIsPosted() throws Exception {
        mvc.perform(post(FORM).with(reporterOfPohjanmaa()).param("action", "save").param("level", "PLANNING"))
                .andExpect(status().isForbidden());
        verify(regions, never()).draftReport(anyString(), any());
    }

    @Test
    void theFormIsInSwedishAndEnglishToo() throws Exception {
        mvc.perform(get(FORM).param("lang", "sv").with(reporterOfPohjanmaa()))
                .andExpect(content().string(allOf(containsString("<legend>Genomförandenivå</legend>"), containsString("Spara utkast"))));
        mvc.perform(get(FORM).param("lang", "en").with(reporterOfPohjanmaa()))
                .andExpect(content().string(allOf(containsString("<legend>Level of implementation</legend>"), containsString("Submit for verification"))));
    }

    @Test
    void anUnknownRoundIsAPageNotFoundAndAServiceThatDoesNotAnswerA503() throws Exception {
        when(regions.round("no-such-round")).thenThrow(problem(404, "Not found", "Reporting round no-such-round does not exist."));
        mvc.perform(get("/reporting/regions/17/rounds/no-such-round/measures/" + TP62).with(reporterOfPohjanmaa()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<html lang=\"fi\"")));
        when(regions.roundsOfRegion("17")).thenThrow(new org.springframework.web.client.ResourceAccessException("Connection refused"));
        mvc.perform(get("/reporting").with(reporterOfPohjanmaa())).andExpect(status().isServiceUnavailable());
    }

    private void theCellHasADraft() {
        when(regions.reportsOfCell("17", OPEN, TP62)).thenReturn(Map.of("content", List.of(Map.of("id", NEW_REPORT))));
        when(regions.report("17", NEW_REPORT)).thenReturn(new Versioned(draft().put("version", 1), "\"1\""));
    }

    /** A draft of region 17 for TP6.2 in the open round, shaped as region-service answers it. */
    static ObjectNode draft() {
        ObjectNode report = (ObjectNode) node("report-closed-17-tp62.json").deepCopy();
        report.put("id", NEW_REPORT).put("roundId", OPEN).put("status", "DRAFT").put("version", 0);
        report.putNull("verified");
        report.putNull("atDeadline");
        report.putArray("corrections");
        ((ObjectNode) report.path("selfReport")).put("level", "PILOTING").putNull("share").putNull("shareBasis");
        return report;
    }
}
