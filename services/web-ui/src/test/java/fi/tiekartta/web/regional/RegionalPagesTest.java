package fi.tiekartta.web.regional;

import fi.tiekartta.web.SignedIn;
import fi.tiekartta.web.api.ProgressApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static fi.tiekartta.web.roadmap.ReadFixtures.json;
import static fi.tiekartta.web.roadmap.ReadFixtures.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The regional heatmap and a region's page, on the views' answers captured from the dev stack. */
@SpringBootTest
@AutoConfigureMockMvc
class RegionalPagesTest {

    static final String FIRST_HALF_2026 = "21e2299b-cd2a-4f96-9241-d94e3f8433e3";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgressApi progress;

    @BeforeEach
    void views() {
        when(progress.programmes()).thenReturn(json("programmes.json"));
        when(progress.regionalMatrix(eq("SHKO"), isNull(), isNull(), any())).thenReturn(json("matrix-SHKO.json"));
        when(progress.regionalMatrix("SHKO", FIRST_HALF_2026, "deadline", null)).thenReturn(json("matrix-SHKO-2026-H1-deadline.json"));
        when(progress.region(eq("09"), any())).thenReturn(json("region-09.json"));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(SignedIn.viewer())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theHeatmapGroupsThe22OrganisersByCooperationAreaAndTellsSelfReportedFromVerified() throws Exception {
        String html = page("/regional");
        assertThat(html).contains("<table id=\"heatmap\"").contains("<caption id=\"heatmap-caption\">");
        for (String area : new String[] {"1", "2", "3", "4", "5"}) {
            assertThat(html).contains("<tbody id=\"area-" + area + "\">");
        }
        assertThat(html.split("<tr id=\"organiser-", -1)).hasSize(23);
        assertThat(html).contains("scope=\"rowgroup\"").contains("Etelä-Suomen yhteistyöalue");
        String cell = part(html, "id=\"cell-09-TP6.1\"", "</td>");
        assertThat(cell).contains("data-self=\"PARTIAL\"").contains("data-verified=\"PARTIAL\"")
                .contains("side--selfReported").contains("side--verified")
                .contains("<abbr title=\"itse ilmoitettu\" class=\"side__kind\">I</abbr>")
                .contains("<abbr title=\"todennettu\" class=\"side__kind\">T</abbr>")
                .contains("I kierros 2026-H2, T kierros 2026-H1")
                .contains("esimerkki");
        assertThat(part(html, "id=\"cell-01-TP6.1\"", "</td>")).contains("ei ilmoitettu");
        assertThat(html).contains("id=\"illustrative-banner\"").contains("id=\"heatmap-legend\"")
                .contains("data-live-stream=\"/api/progress/stream?programme=SHKO\"")
                .contains("/api/progress/regional-matrix/export?programme=SHKO&amp;format=xlsx&amp;lang=fi")
                .contains("/api/progress/rounds/" + FIRST_HALF_2026 + "/open-data");
    }

    @Test
    void aClosedRoundAsReportedAtTheDeadline() throws Exception {
        String html = page("/regional?programme=SHKO&round=" + FIRST_HALF_2026 + "&view=reported");
        assertThat(html).contains("kierros 2026-H1 määräaikaan mennessä ilmoitettuna")
                .contains("id=\"heatmap-view-reported\" name=\"view\" value=\"reported\" aria-describedby=\"heatmap-view-hint\" checked=\"checked\"");
        assertThat(part(html, "id=\"cell-90-TP7.1\"", "</td>")).contains("puuttuu");
        assertThat(part(html, "id=\"cell-17-TP6.2\"", "</td>")).contains("korjattu 1 kertaa");
        assertThat(part(html, "id=\"cell-01-TP6.1\"", "</td>")).contains("ei kysytty");
        assertThat(html).contains("round=" + FIRST_HALF_2026 + "&amp;view=deadline&amp;format=csv");
    }

    @Test
    void aProgrammeWithoutRoundsSaysSoWithThePicker() throws Exception {
        when(progress.regionalMatrix(eq("THL-RSO"), isNull(), isNull(), any())).thenThrow(new fi.tiekartta.web.api.ApiProblem(404,
                "Not found", "Programme THL-RSO has no reporting rounds.", java.util.List.of()));
        String html = mvc.perform(get("/regional").param("programme", "THL-RSO").with(SignedIn.viewer()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"no-rounds\"").contains("id=\"heatmap-programme\"").doesNotContain("id=\"heatmap\"");
    }

    @Test
    void theHeatmapInEnglish() throws Exception {
        String html = mvc.perform(get("/regional").param("lang", "en").with(SignedIn.viewer())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1 id=\"page-heading\">Regional implementation</h1>")
                .contains("<abbr title=\"self-reported\" class=\"side__kind\">S</abbr>");
    }

    @Test
    void theRegionPageSaysWhatItReportedWhatItStillOwesAndWhatWasReturned() throws Exception {
        String html = page("/regions/09");
        assertThat(html).contains("Päijät-Hämeen hyvinvointialue").contains("id=\"owes\"");
        String owes = part(html, "id=\"owes\"", "</section>");
        assertThat(owes).contains("SHKO 2026-H2").contains("data-measure=\"TP4.1\" data-status=\"MISSING\"").contains("puuttuu")
                .contains("määräaika 1.2.2027 klo 23.59");
        assertThat(part(html, "id=\"returned\"", "</section>")).contains("Kuvauksesta ei käy ilmi").contains("thl-verifier");
        String trends = part(html, "id=\"trends\"", "</section>");
        assertThat(trends).contains("role=\"img\"").contains("<title id=\"trend-1-title\">").contains("class=\"trend__table\"");
        assertThat(html).contains("data-live-stream=\"/api/progress/stream?region=09\"").contains("id=\"illustrative-banner\"");
    }
}
