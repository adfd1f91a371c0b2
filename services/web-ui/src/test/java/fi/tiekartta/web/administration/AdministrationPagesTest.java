package fi.tiekartta.web.administration;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.api.ApiProblem.FieldProblem;
import fi.tiekartta.web.api.MilestonesApi;
import fi.tiekartta.web.api.ServiceApi.Versioned;
import fi.tiekartta.web.api.WorkPackagesApi;
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

import static fi.tiekartta.web.reporting.WorkJson.node;
import static fi.tiekartta.web.reporting.WorkJson.problem;
import static fi.tiekartta.web.reporting.WorkJson.versioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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

/** The administrator's milestone and delivery confidence pages against the services' answers captured from the dev stack. */
@SpringBootTest
@AutoConfigureMockMvc
class AdministrationPagesTest {

    static final String MILESTONE = "2836bfa4-acda-3ddc-af58-b69f13f5d349";
    static final String PAGE = "/administration/milestones/" + MILESTONE;
    static final String TP3 = "ded968fb-88a9-45b7-b136-ff7ed5dd05b3";
    static final String CONFIDENCE = "/administration/work-packages/" + TP3 + "/confidence";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MilestonesApi milestones;

    @MockitoBean
    WorkPackagesApi workPackages;

    @BeforeEach
    void theDevStacksAnswers() {
        when(milestones.milestone(MILESTONE)).thenReturn(versioned("milestone-not-recorded.json"));
        when(workPackages.workPackage(TP3)).thenReturn(versioned("work-package-tp3.json"));
    }

    @Test
    void theMilestonePageOffersAForecastChangeWithAPeriodHintAndAnAchievementAndLinksBack() throws Exception {
        mvc.perform(get(PAGE).param("back", "/work-packages/TP3").with(SignedIn.administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"forecast-form\""), containsString("id=\"achievement-form\""),
                        containsString("kevät 2024, 2024-05, 2024"),
                        containsString("value=\"2021-spring/2021-summer\""),
                        containsString("Toteutumista ei kirjattu"),
                        containsString("href=\"/work-packages/TP3\" id=\"back-link\""),
                        containsString("data-live-keep"))));
    }

    @Test
    void onlyAnAdministratorHasTheMilestonePage() throws Exception {
        mvc.perform(get(PAGE).with(SignedIn.viewer())).andExpect(status().isForbidden());
        mvc.perform(get(PAGE).param("back", "//evil.example").with(SignedIn.administrator()))
                .andExpect(content().string(containsString("href=\"/\" id=\"back-link\"")));
    }

    @Test
    void aForecastChangePutsTheWholeMilestoneWithTheNewForecastInFinnishAsTyped() throws Exception {
        mvc.perform(post(PAGE + "/forecast").with(SignedIn.administrator()).with(csrf()).param("version", "0")
                        .param("forecast", "kevät 2027").param("forecast-status", "AT_RISK").param("back", "/work-packages/TP3"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(PAGE + "?done=forecast&back=/work-packages/TP3"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(milestones).reviseMilestone(eq(MILESTONE), body.capture(), eq("\"0\""));
        assertThat(body.getValue()).containsEntry("forecast", "kevät 2027").containsEntry("status", "AT_RISK")
                .containsEntry("baseline", "2021-spring/2021-summer").containsEntry("code", "SHKO-VALM-02")
                .containsEntry("parent", Map.of("kind", "WORK_PACKAGE", "id", "2fd2bb23-693c-4c48-99f2-acc8a9350b79"));
        assertThat(WorkJson.JSON.writeValueAsString(body.getValue().get("basis"))).startsWith("{\"kind\":\"SOURCE\",\"source\":\"[001]");
    }

    @Test
    void aPeriodTheApiDoesNotReadIsShownAtTheFieldInTheUsersLanguage() throws Exception {
        when(milestones.reviseMilestone(eq(MILESTONE), any(), any())).thenThrow(problem(400, "Invalid request", "…",
                new FieldProblem("forecast", "must be a period as canonical text, e.g. 2023-05-17 (day) …")));
        mvc.perform(post(PAGE + "/forecast").with(SignedIn.administrator()).with(csrf()).param("version", "0")
                        .param("forecast", "joskus").param("forecast-status", "PLANNED").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#forecast\"><span>The period was not recognised."),
                        containsString("aria-describedby=\"forecast-hint forecast-error\" aria-invalid=\"true\""),
                        containsString("value=\"joskus\""))));
    }

    @Test
    void anAchievementPostsTheActualPeriodAndTheEvidence() throws Exception {
        mvc.perform(post(PAGE + "/achievement").with(SignedIn.administrator()).with(csrf()).param("version", "0")
                        .param("actual", "kesäkuu 2021").param("evidence-url", "https://stm.fi/tilannekuva").param("evidence-title", "Tilannekuva"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(PAGE + "?done=achievement"));
        verify(milestones).recordAchievement(MILESTONE,
                Map.of("actual", "kesäkuu 2021", "evidence", java.util.List.of(Map.of("url", "https://stm.fi/tilannekuva", "title", "Tilannekuva"))), "\"0\"");
    }

    @Test
    void anAchievementInTheFutureIsRefusedAtTheField() throws Exception {
        when(milestones.recordAchievement(eq(MILESTONE), any(), any())).thenThrow(problem(422, "Rule violated", "…",
                new FieldProblem("actual", "A milestone is achieved in a period that has begun: 2099-spring begins after today (2026-12-03).")));
        mvc.perform(post(PAGE + "/achievement").with(SignedIn.administrator()).with(csrf()).param("version", "0").param("actual", "kevät 2099"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<a href=\"#actual\"><span>Toteutumisajankohta ei voi olla tulevaisuudessa.</span></a>")));
    }

    @Test
    void aMilestoneChangedMeanwhileShowsTheOldAndNewForecastAndARetry() throws Exception {
        ObjectNode now = (ObjectNode) node("milestone-not-recorded.json").deepCopy();
        now.put("version", 1).put("status", "AT_RISK").put("lastChangedBy", "toinen-admin");
        ((ObjectNode) now.path("forecast")).put("value", "2021-autumn").putObject("label").put("fi", "syksy 2021").put("sv", "hösten 2021").put("en", "autumn 2021");
        when(milestones.milestone(MILESTONE)).thenReturn(versioned("milestone-not-recorded.json"), new Versioned(now, "\"1\""));
        when(milestones.recordAchievement(eq(MILESTONE), any(), eq("\"0\""))).thenThrow(problem(412, "Changed meanwhile", "…"));
        when(milestones.get(eq(MilestonesApi.MILESTONE + "/history"), eq(MILESTONE))).thenReturn(node("milestone-not-recorded-history.json"));
        when(milestones.get(eq(MilestonesApi.MILESTONE + "?asOf={asOf}"), eq(MILESTONE), anyString())).thenReturn(node("milestone-not-recorded.json"));
        mvc.perform(post(PAGE + "/achievement").with(SignedIn.administrator()).with(csrf()).param("version", "0").param("actual", "2021"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("toinen-admin"),
                        containsString("<td>kevät–kesä 2021</td>"), containsString("<td>syksy 2021</td>"),
                        containsString("<td>Riskissä</td>"),
                        containsString("id=\"retry\""),
                        containsString("name=\"version\" value=\"1\""),
                        containsString("value=\"2021\""))));
    }

    @Test
    void theConfidencePageShowsEachLevelAsAWordAndPostsTheRatingWithItsRationale() throws Exception {
        mvc.perform(get(CONFIDENCE).with(SignedIn.administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<legend>Toteutumisvarmuus</legend>"),
                        containsString("Keltainen: toteutuminen mahdollista, merkittäviä riskejä"),
                        containsString("Arviota ei ole vielä kirjattu."))));
        mvc.perform(post(CONFIDENCE).with(SignedIn.administrator()).with(csrf()).param("version", "3").param("rating", "AMBER")
                        .param("rationale", "Lainsäädännön aikataulu on tiukka."))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(CONFIDENCE + "?done=confidence"));
        verify(workPackages).recordConfidence(TP3, Map.of("rating", "AMBER", "rationale", "Lainsäädännön aikataulu on tiukka."), "\"3\"");
    }

    @Test
    void aConfidenceWithoutARationaleIsRefusedAtTheFieldAndNothingIsPosted() throws Exception {
        mvc.perform(post(CONFIDENCE).with(SignedIn.administrator()).with(csrf()).param("version", "3").param("rating", "RED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#rationale\"><span>Kirjoita arvion perustelu.</span></a>"),
                        containsString("value=\"RED\" checked=\"checked\""))));
        verify(workPackages, never()).recordConfidence(anyString(), any(), any());
    }

    @Test
    void withoutTheCsrfTokenNothingIsPosted() throws Exception {
        mvc.perform(post(CONFIDENCE).with(SignedIn.administrator()).param("version", "3").param("rating", "RED").param("rationale", "x"))
                .andExpect(status().isForbidden());
        verify(workPackages, never()).recordConfidence(anyString(), any(), any());
    }
}
