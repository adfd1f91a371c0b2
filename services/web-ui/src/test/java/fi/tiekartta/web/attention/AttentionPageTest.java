package fi.tiekartta.web.attention;

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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What needs attention, on the answer captured from the dev stack (a few rows of its illustrative scale data). */
@SpringBootTest
@AutoConfigureMockMvc
class AttentionPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgressApi progress;

    @BeforeEach
    void views() {
        when(progress.programmes()).thenReturn(json("programmes.json"));
        when(progress.attention(null, 30)).thenReturn(json("attention-all.json"));
    }

    @Test
    void overdueAndAtRiskMilestonesLowConfidenceAndMissingReportsAreListedInWords() throws Exception {
        String html = mvc.perform(get("/attention").param("programme", "").param("withinDays", "30").with(SignedIn.verifier()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        verify(progress).attention(null, 30);
        assertThat(part(html, "id=\"overdue\"", "</section>")).contains("SCALE-352CCC-1-TP6-4").contains("myöhässä").contains("‼");
        assertThat(part(html, "id=\"at-risk\"", "</section>")).contains("vaarassa");
        assertThat(part(html, "id=\"low-confidence\"", "</section>")).contains("data-rating=\"RED\"").contains("punainen").contains("✕");
        assertThat(part(html, "id=\"reports\"", "</section>")).contains("data-region=\"09\"").contains("raportti puuttuu")
                .contains("basis--illustrative");
        assertThat(html).contains("id=\"illustrative-banner\"").contains("data-live-stream=\"/api/progress/stream\"")
                .contains("<option value=\"30\" selected=\"selected\">");
    }

    @Test
    void withoutAProgrammeItShowsTheDefaultProgrammesAndSaysWhenNothingNeedsAttention() throws Exception {
        when(progress.attention("SHKO", 14)).thenReturn(java.util.Map.of("programmeCode", "SHKO", "at", "2026-12-03T10:06:40.695Z",
                "withinDays", 14, "milestones", java.util.Map.of("asOf", "2026-12-03", "overdue", java.util.List.of(),
                        "atRisk", java.util.List.of(), "lowConfidence", java.util.List.of()), "reports", java.util.List.of()));
        String html = mvc.perform(get("/attention").param("lang", "sv").with(SignedIn.viewer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1 id=\"page-heading\">Kräver uppmärksamhet</h1>").contains("Inget att uppmärksamma.")
                .contains("data-live-stream=\"/api/progress/stream?programme=SHKO\"");
    }
}
